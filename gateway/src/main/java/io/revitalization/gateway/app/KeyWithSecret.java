package io.revitalization.gateway.app;

import io.revitalization.gateway.domain.ApiKey;

/** A key just issued: its record and the secret, which exists only in this answer. */
public record KeyWithSecret(ApiKey record, String secret) {
}
