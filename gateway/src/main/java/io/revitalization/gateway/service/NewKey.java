package io.revitalization.gateway.service;

import io.revitalization.support.security.Role;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A key to issue, already validated and with its institution resolved to an id. */
public record NewKey(String label, Role role, Optional<UUID> institution, Optional<OffsetDateTime> expiresAt,
                     Optional<Integer> requestsPerSecond) {
}
