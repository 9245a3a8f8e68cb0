package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Jensen–Shannon distances between any number of groups in one year, as a symmetric matrix in the order of
 * {@code groups}: entry [i][j] is the distance between groups i and j, 0 on the diagonal of a group with cases, and
 * {@code null} where a group has no case that year. {@code insufficient[i]} tells a group under the
 * {@link MinimumSample}: its row is shown but supports no claim.
 */
public record DistanceMatrix(int year, List<String> groups, List<Boolean> insufficient,
                             List<List<Double>> jensenShannonDistance) {

    public DistanceMatrix {
        groups = List.copyOf(groups);
        insufficient = List.copyOf(insufficient);
        // a group without cases leaves nulls, which List.copyOf refuses
        jensenShannonDistance = jensenShannonDistance.stream()
                .map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    /** The pairwise comparisons of {@link GroupComparison#pairwise} turned into one matrix per year. */
    public static List<DistanceMatrix> byYear(List<String> groups, List<GroupComparison.PairDistances> pairs,
                                              MinimumSample minimum) {
        Require.present(groups, "groups");
        Require.present(pairs, "pairs");
        Map<String, Integer> index = groups.stream().collect(Collectors.toMap(Function.identity(), groups::indexOf));
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<DistanceMatrix> matrices = new ArrayList<>();
        int years = pairs.get(0).byYear().size();
        for (int y = 0; y < years; y++) {
            int year = pairs.get(0).byYear().get(y).year();
            Double[][] cells = new Double[groups.size()][groups.size()];
            Boolean[] small = new Boolean[groups.size()];
            for (GroupComparison.PairDistances pair : pairs) {
                GroupDistance distance = pair.byYear().get(y);
                int i = index.get(pair.first());
                int j = index.get(pair.second());
                Double value = distance.jensenShannonDistance() == null ? null
                        : distance.jensenShannonDistance().value();
                cells[i][j] = value;
                cells[j][i] = value;
                int nFirst = distance.first().distribution().n();
                int nSecond = distance.second().distribution().n();
                cells[i][i] = nFirst == 0 ? null : 0.0;
                cells[j][j] = nSecond == 0 ? null : 0.0;
                small[i] = !minimum.isMetBy(nFirst);
                small[j] = !minimum.isMetBy(nSecond);
            }
            matrices.add(new DistanceMatrix(year, groups, Arrays.asList(small),
                    Arrays.stream(cells).map(Arrays::asList).toList()));
        }
        return List.copyOf(matrices);
    }
}
