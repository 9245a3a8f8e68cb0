package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.List;

/** Every unordered pair of positions in a list once, in the list's order: (1,2), (1,3), …, (2,3), … */
public final class GroupPairs {

    private GroupPairs() {
    }

    public record Pair<T>(T first, T second) {
    }

    public static <T> List<Pair<T>> of(List<T> groups) {
        Require.present(groups, "groups");
        List<Pair<T>> pairs = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                pairs.add(new Pair<>(groups.get(i), groups.get(j)));
            }
        }
        return List.copyOf(pairs);
    }
}
