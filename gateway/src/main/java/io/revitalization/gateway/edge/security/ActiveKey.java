package io.revitalization.gateway.edge.security;

import io.revitalization.gateway.domain.ApiKey;
import io.revitalization.support.security.Role;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** What the gateway needs of a working key on every request, held in memory. */
public record ActiveKey(UUID id, String label, Role role, Optional<UUID> institution, Optional<Instant> expiresAt,
                        OptionalInt requestsPerSecond) {

    public static ActiveKey of(ApiKey key) {
        return new ActiveKey(key.id, key.label,
                Role.fromClaim(key.role).orElseThrow(() -> new IllegalStateException("unknown role " + key.role)),
                Optional.ofNullable(key.institutionId),
                Optional.ofNullable(key.expiresAt).map(expiry -> expiry.toInstant()),
                key.requestsPerSecond == null ? OptionalInt.empty() : OptionalInt.of(key.requestsPerSecond));
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt.filter(expiry -> !expiry.isAfter(now)).isPresent();
    }
}
