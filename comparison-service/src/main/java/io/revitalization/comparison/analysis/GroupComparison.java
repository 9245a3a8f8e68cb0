package io.revitalization.comparison.analysis;

import java.util.List;
import java.util.function.ToDoubleBiFunction;

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
        Estimate distance = estimate(a, b, bootstrap, (x, y) -> jensenShannon(x, y, scale));
        if (scale.level() != MeasurementLevel.ORDINAL) {
            return new GroupDistance(year, firstSample, secondSample, insufficient, distance, null, null);
        }
        Estimate meanDifference = estimate(a, b, bootstrap,
                (x, y) -> OrdinalSummary.of(x, scale).mean() - OrdinalSummary.of(y, scale).mean());
        Estimate medianDifference = estimate(a, b, bootstrap,
                (x, y) -> OrdinalSummary.of(x, scale).median() - OrdinalSummary.of(y, scale).median());
        return new GroupDistance(year, firstSample, secondSample, insufficient, distance, meanDifference,
                medianDifference);
    }

    private static Estimate estimate(List<CodedUnit> a, List<CodedUnit> b, Bootstrap bootstrap,
                                     ToDoubleBiFunction<List<CodedUnit>, List<CodedUnit>> statistic) {
        return new Estimate(statistic.applyAsDouble(a, b), bootstrap.interval(a, b, statistic));
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
