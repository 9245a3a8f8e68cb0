package io.revitalization.partnerships.repository;

import io.revitalization.support.problem.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/** Tells ids from slugs, and reads the values of cursors this service wrote. */
public final class Identifiers {
    private Identifiers() {
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
    static boolean isSearchable(String idOrSlug) {
        return idOrSlug != null && idOrSlug.length() <= 200 && idOrSlug.indexOf('\u0000') < 0;
    }

    static UUID uuidOrInvalidCursor(String value) {
        return uuid(value).orElseThrow(Identifiers::invalidCursor);
    }

    static LocalDate dateOrInvalidCursor(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalidCursor();
        }
    }

    static OffsetDateTime timeOrInvalidCursor(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw invalidCursor();
        }
    }

    static int intOrInvalidCursor(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalidCursor();
        }
    }

    static ProblemException invalidCursor() {
        return ProblemException.invalid("cursor", "is not a cursor this list returned");
    }
}
