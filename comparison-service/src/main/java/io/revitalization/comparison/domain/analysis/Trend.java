package io.revitalization.comparison.domain.analysis;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Whether the gap between two groups shrinks or grows over the years: the ordinary least squares slope of the
 * yearly gap against the year, with its t-based confidence interval (n − 2 degrees of freedom, from commons-math's
 * {@link SimpleRegression}). The interval treats each year's gap as one observation, so the case sampling error of
 * each year enters only through the scatter around the line; with few years it is wide, which is honest.
 *
 * <p>Verdicts: {@link Verdict#CONVERGING} when the whole interval is below 0, {@link Verdict#DIVERGING} when it is
 * above 0, {@link Verdict#INCONCLUSIVE} otherwise, and {@link Verdict#INSUFFICIENT_DATA} with fewer than
 * {@value #MINIMUM_YEARS} usable years.
 *
 * @param slope         gap change per year; {@code null} with fewer than 2 usable years
 * @param slopeInterval {@code null} with fewer than {@value #MINIMUM_YEARS} usable years
 * @param points        the yearly gaps used, by year
 * @param excludedYears years left out because their comparison was insufficient or had no estimate
 */
public record Trend(Verdict verdict, Double slope, ConfidenceInterval slopeInterval, List<YearValue> points,
                    List<Integer> excludedYears) {

    /** The fewest years a slope interval needs: two points always fit a line exactly. */
    public static final int MINIMUM_YEARS = 3;

    public enum Verdict { CONVERGING, DIVERGING, INCONCLUSIVE, INSUFFICIENT_DATA }

    /**
     * Which yearly figure measures the gap. Differences enter as absolute values: the size of the gap is what
     * converges or diverges, whichever group is ahead.
     */
    public enum Gap {
        JENSEN_SHANNON_DISTANCE(GroupDistance::jensenShannonDistance),
        ABSOLUTE_MEAN_DIFFERENCE(GroupDistance::meanDifference),
        ABSOLUTE_MEDIAN_DIFFERENCE(GroupDistance::medianDifference);

        private final Function<GroupDistance, Estimate> estimate;

        Gap(Function<GroupDistance, Estimate> estimate) {
            this.estimate = estimate;
        }
    }

    public record YearValue(int year, double value) {
    }

    public Trend {
        points = List.copyOf(points);
        excludedYears = List.copyOf(excludedYears);
    }

    /** The trend of a gap over yearly comparisons, using only the years that are not insufficient. */
    public static Trend of(List<GroupDistance> yearly, Gap gap, double confidenceLevel) {
        Require.present(yearly, "yearly comparisons");
        Require.present(gap, "gap");
        List<GroupDistance> usable = yearly.stream()
                .filter(year -> !year.insufficient() && gap.estimate.apply(year) != null)
                .toList();
        List<YearValue> points = usable.stream()
                .map(year -> new YearValue(year.year(), Math.abs(gap.estimate.apply(year).value())))
                .toList();
        List<Integer> excluded = yearly.stream().filter(year -> !usable.contains(year)).map(GroupDistance::year).toList();
        return fitted(points, excluded, confidenceLevel);
    }

    /** The trend of any yearly series read as a gap (lower = closer); years must be distinct. */
    public static Trend ofSeries(List<YearValue> points, double confidenceLevel) {
        return fitted(Require.present(points, "points"), List.of(), confidenceLevel);
    }

    private static Trend fitted(List<YearValue> points, List<Integer> excluded, double confidenceLevel) {
        Require.probability(confidenceLevel, "confidenceLevel");
        if (new HashSet<>(points.stream().map(YearValue::year).toList()).size() != points.size()) {
            throw new IllegalArgumentException("a trend needs at most one value per year");
        }
        List<YearValue> sorted = points.stream().sorted(Comparator.comparingInt(YearValue::year)).toList();
        if (sorted.size() < 2) {
            return new Trend(Verdict.INSUFFICIENT_DATA, null, null, sorted, excluded);
        }
        SimpleRegression regression = new SimpleRegression();
        sorted.forEach(point -> regression.addData(point.year(), point.value()));
        double slope = regression.getSlope();
        if (sorted.size() < MINIMUM_YEARS) {
            return new Trend(Verdict.INSUFFICIENT_DATA, slope, null, sorted, excluded);
        }
        double halfWidth = regression.getSlopeConfidenceInterval(1 - confidenceLevel);
        ConfidenceInterval interval = new ConfidenceInterval(confidenceLevel, slope - halfWidth, slope + halfWidth);
        return new Trend(verdictOf(interval), slope, interval, sorted, excluded);
    }

    private static Verdict verdictOf(ConfidenceInterval interval) {
        if (interval.upper() < 0) {
            return Verdict.CONVERGING;
        }
        if (interval.lower() > 0) {
            return Verdict.DIVERGING;
        }
        return Verdict.INCONCLUSIVE;
    }
}
