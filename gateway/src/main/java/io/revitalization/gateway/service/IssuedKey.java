package io.revitalization.gateway.service;

import io.revitalization.gateway.domain.ApiKey;

/** A key just issued: its record and the secret, which exists only in this answer. */
public record IssuedKey(ApiKey record, String secret) {
}
