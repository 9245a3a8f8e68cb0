package io.revitalization.support.refs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a path or a field names a record by: its id (a UUID in canonical form) or its slug, exactly one of them.
 * Ids and slugs share one path, so a slug never has the shape of a UUID ({@link Slugs#refusal}).
 */
public record Reference(UUID id, String slug) {
    /** No id or slug is longer; a longer value names nothing. */
    public static final int MAX_LENGTH = 200;

    /** An id no record has, to keep {@code in (…)} lists non-empty. */
    public static final UUID NO_ID = new UUID(0, 0);

    private static final Pattern UUID_SHAPE = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

    public Reference {
        if ((id == null) == (slug == null)) {
            throw new IllegalArgumentException("a reference is an id or a slug");
        }
    }

    /** The id when the text has the shape of a UUID, else the slug; empty when it cannot name a record. */
    public static Optional<Reference> parse(String text) {
        if (!isSearchable(text)) {
            return Optional.empty();
        }
        return Optional.of(uuid(text).map(id -> new Reference(id, null)).orElseGet(() -> new Reference(null, text)));
    }

    /** The UUID of a text in canonical UUID form (hex digits in either case); empty for anything else. */
    public static Optional<UUID> uuid(String text) {
        return looksLikeUuid(text) ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }

    public static boolean looksLikeUuid(String text) {
        return text != null && UUID_SHAPE.matcher(text).matches();
    }

    /** Whether a value can be looked up at all: 1 to 200 characters, and no NUL (PostgreSQL refuses it). */
    public static boolean isSearchable(String text) {
        return text != null && !text.isEmpty() && text.length() <= MAX_LENGTH && text.indexOf('\u0000') < 0;
    }

    /** Finds by id or by slug; empty when nothing is found or the text cannot name a record. */
    public static <T> Optional<T> find(String text, Function<UUID, Optional<T>> byId,
                                       Function<String, Optional<T>> bySlug) {
        return parse(text).flatMap(reference -> reference.find(byId, bySlug));
    }

    /** Splits references into ids and slugs, for one {@code id in (…) or slug in (…)} query. */
    public static Split split(Collection<String> texts) {
        List<UUID> ids = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (String text : texts) {
            parse(text).ifPresent(reference -> {
                if (reference.isId()) {
                    ids.add(reference.id());
                } else {
                    slugs.add(reference.slug());
                }
            });
        }
        return new Split(List.copyOf(ids), List.copyOf(slugs));
    }

    public boolean isId() {
        return id != null;
    }

    public <T> Optional<T> find(Function<UUID, Optional<T>> byId, Function<String, Optional<T>> bySlug) {
        return isId() ? byId.apply(id) : bySlug.apply(slug);
    }

    @Override
    public String toString() {
        return isId() ? id.toString() : slug;
    }

    /** Ids and slugs of several references; the {@code orNone} forms are never empty, for SQL {@code in} lists. */
    public record Split(List<UUID> ids, List<String> slugs) {
        public boolean isEmpty() {
            return ids.isEmpty() && slugs.isEmpty();
        }

        public List<UUID> idsOrNone() {
            return ids.isEmpty() ? List.of(NO_ID) : ids;
        }

        public List<String> slugsOrNone() {
            return slugs.isEmpty() ? List.of("") : slugs;
        }
    }
}
