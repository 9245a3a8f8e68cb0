package io.revitalization.comparison.domain.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

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
        groups.forEach(group -> requireFits(scale, group));
        Map<String, Group> byLabel = new HashMap<>();
        groups.forEach(group -> byLabel.putIfAbsent(group.label(), group));
        return pairwise(groups.stream().map(Group::label).toList(), years, settings,
                (label, year) -> sampleOf(label, unitsOf(byLabel.get(label), year), scale), scale);
    }

    /**
     * The comparisons of every pair of distinct groups, in the order of {@link GroupPairs#of}, from each group's
     * samples per year (e.g. as the tallies keep them).
     */
    public static List<PairDistances> pairwise(List<String> labels, YearRange years, ComparisonSettings settings,
                                               BiFunction<String, Integer, YearSample> samples, CodeScale scale) {
        Require.present(labels, "groups");
        Require.present(years, "years");
        return GroupPairs.of(labels).stream()
                .map(pair -> new PairDistances(pair.first(), pair.second(), years.years().stream()
                        .map(year -> inYear(scale, year, samples.apply(pair.first(), year),
                                samples.apply(pair.second(), year), settings))
                        .toList()))
                .toList();
    }

    /** Two groups, by label, and their yearly comparison. */
    public record PairDistances(String first, String second, List<GroupDistance> byYear) {
        public PairDistances {
            byYear = List.copyOf(byYear);
        }
    }

    /**
     * One group in one year: its distribution (n, listed cases, shares) and its cases' weight profiles, which decide
     * every estimate and interval.
     */
    public record YearSample(String label, Distribution distribution, CaseProfiles profiles) {
    }

    public static GroupDistance inYear(CodeScale scale, Group first, Group second, int year,
                                       ComparisonSettings settings) {
        requireFits(scale, first);
        requireFits(scale, second);
        return inYear(scale, year, sampleOf(first.label(), unitsOf(first, year), scale),
                sampleOf(second.label(), unitsOf(second, year), scale), settings);
    }

    /** The comparison of two groups' samples of one year. */
    public static GroupDistance inYear(CodeScale scale, int year, YearSample first, YearSample second,
                                       ComparisonSettings settings) {
        Require.present(settings, "settings");
        GroupDistance.Sample firstSample = summaryOf(first, scale);
        GroupDistance.Sample secondSample = summaryOf(second, scale);
        MinimumSample minimum = settings.minimumSample();
        boolean insufficient = !minimum.isMetBy(firstSample.distribution().n())
                || !minimum.isMetBy(secondSample.distribution().n());
        if (first.distribution().n() == 0 || second.distribution().n() == 0) {
            return new GroupDistance(year, firstSample, secondSample, insufficient, null, null, null);
        }
        Bootstrap bootstrap = settings.bootstrap();
        double distance = JensenShannon.distance(first.distribution(), second.distribution());
        if (scale.level() != MeasurementLevel.ORDINAL) {
            ConfidenceInterval interval = bootstrap.intervalsOfProfiles(first.profiles(), second.profiles(),
                    List.of(JensenShannon::distance)).get(0);
            return new GroupDistance(year, firstSample, secondSample, insufficient, new Estimate(distance, interval),
                    null, null);
        }
        List<ConfidenceInterval> intervals = bootstrap.intervalsOfProfiles(first.profiles(), second.profiles(),
                List.of(JensenShannon::distance,
                        (x, y) -> OrdinalSummary.meanOfWeights(x) - OrdinalSummary.meanOfWeights(y),
                        (x, y) -> OrdinalSummary.medianOfWeights(x) - OrdinalSummary.medianOfWeights(y)));
        OrdinalSummary firstOrdinal = firstSample.ordinal();
        OrdinalSummary secondOrdinal = secondSample.ordinal();
        return new GroupDistance(year, firstSample, secondSample, insufficient,
                new Estimate(distance, intervals.get(0)),
                new Estimate(firstOrdinal.mean() - secondOrdinal.mean(), intervals.get(1)),
                new Estimate(firstOrdinal.median() - secondOrdinal.median(), intervals.get(2)));
    }

    private static YearSample sampleOf(String label, List<CodedUnit> units, CodeScale scale) {
        return new YearSample(label, Distribution.of(units, scale), CaseProfiles.of(units, scale));
    }

    private static GroupDistance.Sample summaryOf(YearSample sample, CodeScale scale) {
        int n = sample.distribution().n();
        OrdinalSummary ordinal = scale.level() == MeasurementLevel.ORDINAL && n > 0
                ? OrdinalSummary.ofWeights(n, sample.profiles().weights())
                : null;
        return new GroupDistance.Sample(sample.label(), sample.distribution(), ordinal);
    }

    private static List<CodedUnit> unitsOf(Group group, int year) {
        Require.present(group, "group");
        return group.units().stream().filter(unit -> unit.year() == year).toList();
    }

    private static void requireFits(CodeScale scale, Group group) {
        Require.present(scale, "scale");
        Require.present(group, "group");
        group.units().forEach(unit -> scale.requireFits(unit.codes(), unit.caseId()));
    }
}
