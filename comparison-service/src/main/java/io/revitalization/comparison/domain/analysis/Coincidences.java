package io.revitalization.comparison.domain.analysis;

import java.util.List;

/**
 * The coincidence matrix of one dimension's pairable values (Krippendorff 2011: o<sub>ck</sub>, each pairable unit
 * adding 1/(m<sub>u</sub> − 1) per ordered pair of its m<sub>u</sub> values) with the metric's squared differences
 * δ²<sub>ck</sub> between the values (for ordinal ones, computed from these data's marginals).
 *
 * @param matrix      o<sub>ck</sub>, values indexed as the alpha that made it indexes them
 * @param differences δ²<sub>ck</sub>, same indices
 */
public record Coincidences(KrippendorffAlpha.Metric metric, double[][] matrix, double[][] differences,
                           int pairableUnits, List<String> coders) {

    public Coincidences {
        coders = List.copyOf(coders);
    }

    /** n<sub>c</sub>: how often each value was paired. */
    public double[] marginals() {
        double[] marginals = new double[matrix.length];
        for (int c = 0; c < matrix.length; c++) {
            for (int k = 0; k < matrix.length; k++) {
                marginals[c] += matrix[c][k];
            }
        }
        return marginals;
    }

    /** n: the number of pairable values. */
    public double pairableValues() {
        double n = 0;
        for (double marginal : marginals()) {
            n += marginal;
        }
        return n;
    }

    /** α = 1 − D<sub>o</sub>/D<sub>e</sub>; undefined (null) without two pairable values or without variation. */
    public KrippendorffAlpha.Result alpha() {
        double[] marginals = marginals();
        double n = pairableValues();
        int pairableValues = (int) Math.round(n);
        if (pairableValues < 2) {
            return new KrippendorffAlpha.Result(metric, null, null, null, pairableUnits, pairableValues, coders);
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < matrix.length; c++) {
            for (int k = 0; k < matrix.length; k++) {
                observed += matrix[c][k] * differences[c][k];
                expected += marginals[c] * marginals[k] * differences[c][k];
            }
        }
        observed /= n;
        expected /= n * (n - 1);
        Double alpha = expected == 0 ? null : 1 - observed / expected;
        return new KrippendorffAlpha.Result(metric, alpha, observed, expected, pairableUnits, pairableValues, coders);
    }
}
