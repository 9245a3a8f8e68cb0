package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Krippendorff's own bootstrap of alpha (Hayes and Krippendorff 2007, "Answering the call for a standard reliability
 * measure for coding data", the KALPHA macro; Krippendorff's "Algorithm for bootstrapping a distribution of
 * α"), as the R port kripp.boot follows it:
 *
 * <ol>
 *   <li>From the coincidence matrix o<sub>ck</sub> of n pairable values, a pair of values c ≤ k is drawn with
 *       probability o<sub>cc</sub>/n on the diagonal and 2·o<sub>ck</sub>/n off it, and adds its difference
 *       δ²<sub>ck</sub>; D<sub>e</sub> stays that of the data.</li>
 *   <li>A replicate draws M = min(25·q, (m − 1)·n/2) pairs (q: the non-zero cells of the matrix, m: the coders) and
 *       gives α* = 1 − Σδ²/(M·D<sub>e</sub>), at least −1.</li>
 *   <li>Of the replicates at 1, as many as are expected to have drawn a single value only
 *       (round(R·Σ<sub>c</sub>(o<sub>cc</sub>/n)<sup>M</sup>)), where alpha would be undefined, are set to 0.</li>
 *   <li>The interval is read from the sorted replicates as KALPHA reads it: the
 *       max(⌊R·(1 − level)/2⌋, 1)-th and the min(⌊R·(1 + level)/2⌋ + 1, R)-th.</li>
 * </ol>
 *
 * <p>Resampling pairs of values, not units, keeps every draw's D<sub>e</sub> defined and needs no unit to be coded
 * by all coders. Pairs are drawn from a {@link SplittableRandom} seeded with the bootstrap's seed, so the same data
 * and seed give the same interval.
 */
public final class PairBootstrap {
    private static final int DRAWS_PER_CELL = 25;

    private PairBootstrap() {
    }

    /** The interval of alpha; null when alpha is undefined (no pairable values or no variation). */
    public static ConfidenceInterval interval(Bootstrap settings, Coincidences coincidences) {
        double[] replicates = replicates(settings, coincidences);
        if (replicates == null) {
            return null;
        }
        Arrays.sort(replicates);
        int r = replicates.length;
        double tail = (1 - settings.confidenceLevel()) / 2;
        int lower = Math.max((int) Math.floor(tail * r), 1);
        int upper = Math.min((int) Math.floor((1 - tail) * r) + 1, r);
        return new ConfidenceInterval(settings.confidenceLevel(), replicates[lower - 1], replicates[upper - 1]);
    }

    /** The bootstrapped alphas in drawing order; null when alpha is undefined. */
    static double[] replicates(Bootstrap settings, Coincidences coincidences) {
        KrippendorffAlpha.Result result = coincidences.alpha();
        if (result.alpha() == null) {
            return null;
        }
        double n = coincidences.pairableValues();
        double[][] matrix = coincidences.matrix();
        List<Double> cumulative = new ArrayList<>();
        List<Double> differences = new ArrayList<>();
        double sum = 0;
        int nonZeroCells = 0;
        double singleValueChance = 0;
        for (int c = 0; c < matrix.length; c++) {
            for (int k = 0; k < matrix.length; k++) {
                if (matrix[c][k] > 0) {
                    nonZeroCells++;
                }
                if (k >= c && matrix[c][k] > 0) {
                    sum += (c == k ? 1 : 2) * matrix[c][k] / n;
                    cumulative.add(sum);
                    differences.add(coincidences.differences()[c][k]);
                }
            }
        }
        long m = coincidences.coders().size();
        long draws = Math.max(1, Math.min((long) DRAWS_PER_CELL * nonZeroCells, (long) Math.floor((m - 1) * n / 2)));
        for (int c = 0; c < matrix.length; c++) {
            singleValueChance += Math.pow(matrix[c][c] / n, draws);
        }
        double[] bounds = cumulative.stream().mapToDouble(Double::doubleValue).toArray();
        double expected = result.expectedDisagreement();
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] alphas = new double[settings.replicates()];
        for (int r = 0; r < alphas.length; r++) {
            double disagreement = 0;
            for (long d = 0; d < draws; d++) {
                disagreement += differences.get(pairAt(bounds, random.nextDouble() * sum));
            }
            alphas[r] = Math.max(-1, 1 - disagreement / (draws * expected));
        }
        long undefined = Math.round(alphas.length * singleValueChance);
        for (int r = 0; r < alphas.length && undefined > 0; r++) {
            if (alphas[r] == 1) {
                alphas[r] = 0;
                undefined--;
            }
        }
        return alphas;
    }

    /** The first pair whose cumulative probability reaches {@code point}. */
    private static int pairAt(double[] bounds, double point) {
        int found = Arrays.binarySearch(bounds, point);
        int index = found >= 0 ? found : -found - 1;
        return Math.min(index, bounds.length - 1);
    }
}
