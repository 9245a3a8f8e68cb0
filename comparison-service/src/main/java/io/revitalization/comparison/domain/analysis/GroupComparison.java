package io.revitalization.comparison.domain.analysis;

import java.util.List;

/**
 * Compares two groups on one dimension, year by year: Jensen–Shannon distance for every scale, and for ordinal
 * scales the differences of means and medians, each with a bootstrap interval (see {@link Bootstrap}). Years in
 * which a group has no case come back with {@code null} estimates; years under the {@link MinimumSample} come back
 * flagged {@code insufficient}. Units that do not fit the scale are refused.
 */
public final class GroupComparison {

    private GroupComparison() {
    }

    public static List<GroupDistance> byYear(CodeScale scale, Group first, Group second, YearRange years,
                                             ComparisonSettings settings) {
        Require.present(scale, "scale");
        Require.present(years, "years");
        requireFits(scale, first);
        requireFits(scale, second);
        return years.years().stream().map(year -> inYear(scale, first, second, year, settings)).toList();
    }

    /** The comparisons of every pair of distinct groups, in the order of {@link GroupPairs#of}. */
    public static List<PairDistances> pairwise(CodeScale scale, List<Group> groups, YearRange years,
                                               ComparisonSettings settings) {
        Require.present(groups, "groups");
        return GroupPairs.of(groups).stream()
                .map(pair -> new PairDistances(pair.first().label(), pair.second().label(),
                        byYear(scale, pair.first(), pair.second(), years, settings)))
                .toList();
    }

    /** Two groups, by label, and their yearly comparison. */
    public record PairDistances(String first, String second, List<GroupDistance> byYear) {
        public PairDistances {
            byYear = List.copyOf(byYear);
        }
    }

    public static GroupDistance inYear(CodeScale scale, Group first, Group second, int year,
                                       ComparisonSettings settings) {
        Require.present(settings, "settings");
        List<CodedUnit> a = unitsOf(first, year);
        List<CodedUnit> b = unitsOf(second, year);
        GroupDistance.Sample firstSample = sampleOf(first.label(), a, scale);
        GroupDistance.Sample secondSample = sampleOf(second.label(), b, scale);
        MinimumSample minimum = settings.minimumSample();
        boolean insufficient = !minimum.isMetBy(firstSample.distribution().n())
                || !minimum.isMetBy(secondSample.distribution().n());
        if (a.isEmpty() || b.isEmpty()) {
            return new GroupDistance(year, firstSample, secondSample, insufficient, null, null, null);
        }
        Bootstrap bootstrap = settings.bootstrap();
        double distance = jensenShannon(a, b, scale);
        if (scale.level() != MeasurementLevel.ORDINAL) {
            ConfidenceInterval interval = bootstrap.intervalsOfWeights(a, b, scale,
                    List.of(JensenShannon::distance)).get(0);
            return new GroupDistance(year, firstSample, secondSample, insufficient, new Estimate(distance, interval),
                    null, null);
        }
        List<ConfidenceInterval> intervals = bootstrap.intervalsOfWeights(a, b, scale, List.of(
                JensenShannon::distance,
                (x, y) -> OrdinalSummary.meanOfWeights(x) - OrdinalSummary.meanOfWeights(y),
                (x, y) -> OrdinalSummary.medianOfWeights(x) - OrdinalSummary.medianOfWeights(y)));
        OrdinalSummary firstOrdinal = firstSample.ordinal();
        OrdinalSummary secondOrdinal = secondSample.ordinal();
        return new GroupDistance(year, firstSample, secondSample, insufficient,
                new Estimate(distance, intervals.get(0)),
                new Estimate(firstOrdinal.mean() - secondOrdinal.mean(), intervals.get(1)),
                new Estimate(firstOrdinal.median() - secondOrdinal.median(), intervals.get(2)));
    }

    private static double jensenShannon(List<CodedUnit> a, List<CodedUnit> b, CodeScale scale) {
        return JensenShannon.distance(Distribution.of(a, scale), Distribution.of(b, scale));
    }

    private static GroupDistance.Sample sampleOf(String label, List<CodedUnit> units, CodeScale scale) {
        OrdinalSummary ordinal = scale.level() == MeasurementLevel.ORDINAL && !units.isEmpty()
                ? OrdinalSummary.of(units, scale)
                : null;
        return new GroupDistance.Sample(label, Distribution.of(units, scale), ordinal);
    }

    private static List<CodedUnit> unitsOf(Group group, int year) {
        Require.present(group, "group");
        return group.units().stream().filter(unit -> unit.year() == year).toList();
    }

    private static void requireFits(CodeScale scale, Group group) {
        Require.present(group, "group");
        group.units().forEach(unit -> scale.requireFits(unit.codes(), unit.caseId()));
    }
}
