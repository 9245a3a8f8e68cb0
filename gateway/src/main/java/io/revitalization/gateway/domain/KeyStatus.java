package io.revitalization.gateway.domain;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/** Whether a key works: {@code active}, or why not. */
public enum KeyStatus {
    ACTIVE, EXPIRED, REVOKED;

    public static KeyStatus of(ApiKey key, OffsetDateTime now) {
        if (key.isRevoked()) {
            return REVOKED;
        }
        return key.isExpiredAt(now) ? EXPIRED : ACTIVE;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<KeyStatus> fromValue(String value) {
        for (KeyStatus status : values()) {
            if (status.value().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
