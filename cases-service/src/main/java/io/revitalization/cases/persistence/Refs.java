package io.revitalization.cases.persistence;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** References to records: a UUID or a slug, wherever an id is accepted. */
final class Refs {
    /** An id no record has, to keep {@code in (…)} lists non-empty. */
    static final UUID NO_ID = new UUID(0, 0);
    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Refs() {
    }

    static Optional<UUID> uuid(String ref) {
        return ref != null && UUID_SHAPE.matcher(ref).matches() ? Optional.of(UUID.fromString(ref)) : Optional.empty();
    }
}
