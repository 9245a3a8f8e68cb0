package io.revitalization.comparison.app.query;

import java.util.List;

/**
 * The groups a pairwise read compares: a pair ({@code a}, {@code b}), answered in the two-group form, or a list of
 * {@code groups} (at least two), answered with every pair and, where it applies, a matrix.
 */
public record GroupSelection(String a, String b, List<String> groups) {

    public GroupSelection {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public static GroupSelection pair(String a, String b) {
        return new GroupSelection(a, b, List.of());
    }

    public boolean isList() {
        return !groups.isEmpty();
    }
}
