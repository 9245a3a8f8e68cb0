package io.revitalization.comparison.domain.analysis;

import java.util.Collection;
import java.util.List;

/**
 * How many of the cases behind a figure a result lists. Every figure states its exact number of cases ({@code n});
 * its id list names the first {@link #LIMIT} of them in id order, so an answer's size does not grow with the data.
 * The rest are paged through {@code GET /api/v1/comparisons/cases}.
 */
public final class ListedCases {
    public static final int LIMIT = 20;

    private ListedCases() {
    }

    /** The first {@link #LIMIT} of some case ids given in id order. */
    public static List<String> first(Collection<String> sortedIds) {
        return sortedIds.stream().limit(LIMIT).toList();
    }
}
