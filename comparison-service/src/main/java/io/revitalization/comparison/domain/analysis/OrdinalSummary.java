package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The centre of a group's codes on an ordinal scale, measured in code positions (first code = 1, see
 * {@link CodeScale#position(String)}). Units count with their weight.
 *
 * @param n      the number of distinct cases
 * @param median the weighted median; when the cumulative weight reaches exactly half at a value, the midpoint between
 *               it and the next value (so with unit weights it is the usual median, e.g. 2.5 for positions 1, 2, 3, 4)
 */
public record OrdinalSummary(int n, double mean, double median) {

    private record Position(double value, double weight) {
    }

    /** Refuses an empty group and a scale that is not ordinal. */
    public static OrdinalSummary of(Collection<CodedUnit> units, CodeScale scale) {
        if (scale.level() != MeasurementLevel.ORDINAL) {
            throw new IllegalArgumentException("means and medians need an ordinal scale, not " + scale.level());
        }
        if (units == null || units.isEmpty()) {
            throw new IllegalArgumentException("means and medians need at least one coded unit");
        }
        units.forEach(unit -> scale.requireFits(unit.codes(), unit.caseId()));
        List<Position> positions = units.stream()
                .map(unit -> new Position(scale.position(unit.codes().get(0)), unit.weight()))
                .sorted(Comparator.comparingDouble(Position::value))
                .toList();
        double total = positions.stream().mapToDouble(Position::weight).sum();
        double mean = positions.stream().mapToDouble(p -> p.value() * p.weight()).sum() / total;
        int cases = (int) units.stream().map(CodedUnit::caseId).distinct().count();
        return new OrdinalSummary(cases, mean, median(positions, total));
    }

    /**
     * The summary of {@code n} cases from their summed weights per position ({@code weights[0]} is position 1): what
     * {@link #of} gives for their units.
     */
    public static OrdinalSummary ofWeights(int n, double[] weights) {
        return new OrdinalSummary(n, meanOfWeights(weights), medianOfWeights(weights));
    }

    /** The weighted mean position of summed weights per position ({@code weights[0]} is position 1). */
    static double meanOfWeights(double[] weights) {
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weighted += (i + 1) * weights[i];
            total += weights[i];
        }
        return weighted / total;
    }

    /**
     * The weighted median of summed weights per position, as {@link #of} computes it from the units: units at one
     * position are adjacent in position order, so only their summed weight matters.
     */
    static double medianOfWeights(double[] weights) {
        List<Position> positions = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                positions.add(new Position(i + 1, weights[i]));
                total += weights[i];
            }
        }
        return median(positions, total);
    }

    private static double median(List<Position> sorted, double total) {
        double half = total / 2;
        double tolerance = 1e-9 * total;
        double cumulative = 0;
        for (int i = 0; i < sorted.size(); i++) {
            cumulative += sorted.get(i).weight();
            if (Math.abs(cumulative - half) <= tolerance && i + 1 < sorted.size()) {
                return (sorted.get(i).value() + sorted.get(i + 1).value()) / 2;
            }
            if (cumulative > half) {
                return sorted.get(i).value();
            }
        }
        return sorted.get(sorted.size() - 1).value();
    }
}
