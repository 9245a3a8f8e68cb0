package io.revitalization.partnerships.domain;

import java.util.Optional;
import java.util.UUID;

/** Tells ids from slugs: a reference to a partnership or an institution is either. */
public final class IdOrSlug {
    private IdOrSlug() {
    }

    public static Optional<UUID> uuid(String idOrSlug) {
        if (idOrSlug == null || idOrSlug.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(idOrSlug));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a value can be looked up at all: no id or slug is longer, and PostgreSQL refuses NUL characters. */
    public static boolean isSearchable(String idOrSlug) {
        return idOrSlug != null && idOrSlug.length() <= 200 && idOrSlug.indexOf('\u0000') < 0;
    }
}
