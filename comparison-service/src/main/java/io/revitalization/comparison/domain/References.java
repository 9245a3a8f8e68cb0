package io.revitalization.comparison.domain;

import java.util.Optional;
import java.util.UUID;

/** Ids and slugs: seed records carry a stable slug that works wherever an id does. */
public final class References {
    private References() {
    }

    public static Optional<UUID> asUuid(String reference) {
        try {
            return Optional.of(UUID.fromString(reference));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
