package io.revitalization.support.paging;

import io.revitalization.support.problem.ProblemException;

import java.util.Optional;

/** {@code limit} (default 50, at most 200) and an optional cursor, validated. */
public record PageRequest(int limit, Optional<String> cursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(Integer limit, String cursor) {
        int effective = limit == null ? DEFAULT_LIMIT : limit;
        if (effective < 1 || effective > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(effective, Optional.ofNullable(cursor).filter(c -> !c.isBlank()));
    }

    public Optional<Cursor> decodedCursor(int expectedValues) {
        return cursor.map(c -> Cursor.decode(c, expectedValues));
    }

    /** Repositories fetch one more row than the limit to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
