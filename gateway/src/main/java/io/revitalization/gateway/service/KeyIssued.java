package io.revitalization.gateway.service;

import io.revitalization.gateway.domain.ApiKey;

/** Fired in the transaction that issued a key; observers act once it has committed. */
public record KeyIssued(ApiKey key) {
}
