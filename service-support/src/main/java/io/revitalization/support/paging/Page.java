package io.revitalization.support.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its items and the cursor of the next page ({@code null} on the last page). */
public record Page<T>(List<T> items, String next) {

    /**
     * Builds a page from rows fetched with {@link PageRequest#fetchSize()}: the extra row only says that a next
     * page exists, and the cursor points after the last returned item.
     */
    public static <T> Page<T> fromRows(List<T> rows, PageRequest request, Function<T, Cursor> cursorOf) {
        if (rows.size() <= request.limit()) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> items = List.copyOf(rows.subList(0, request.limit()));
        return new Page<>(items, cursorOf.apply(items.get(items.size() - 1)).encode());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
