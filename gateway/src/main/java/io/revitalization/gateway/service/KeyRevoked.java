package io.revitalization.gateway.service;

import java.util.UUID;

/** Fired in the transaction that revoked a key; observers act once it has committed. */
public record KeyRevoked(UUID id) {
}
