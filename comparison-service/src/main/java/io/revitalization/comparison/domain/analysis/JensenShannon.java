package io.revitalization.comparison.domain.analysis;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Jensen–Shannon distance: the square root of the Jensen–Shannon divergence in bits (base-2 logarithms), so it
 * lies in [0, 1], is 0 exactly for identical distributions, 1 for distributions with disjoint supports, symmetric,
 * and a metric. Zero probabilities are fine (0 · log 0 is taken as 0).
 */
public final class JensenShannon {

    private JensenShannon() {
    }

    /** The distance between two distributions over the union of their codes; refuses an empty distribution. */
    public static double distance(Distribution first, Distribution second) {
        if (first.n() == 0 || second.n() == 0) {
            throw new IllegalArgumentException("the Jensen–Shannon distance needs two non-empty distributions");
        }
        SortedSet<String> codes = new TreeSet<>();
        first.shares().forEach(entry -> codes.add(entry.code()));
        second.shares().forEach(entry -> codes.add(entry.code()));
        List<String> union = List.copyOf(codes);
        return distance(union.stream().mapToDouble(first::share).toArray(),
                union.stream().mapToDouble(second::share).toArray());
    }

    /**
     * The distance between two weight vectors over the same categories; each is normalised to sum to 1, so counts
     * work as well as probabilities.
     */
    public static double distance(double[] p, double[] q) {
        return Math.sqrt(divergence(p, q));
    }

    /** The Jensen–Shannon divergence in bits, in [0, 1]; see {@link #distance(double[], double[])} for the input. */
    public static double divergence(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("distributions over different numbers of categories: "
                    + p.length + " and " + q.length);
        }
        double[] pn = normalised(p, "first");
        double[] qn = normalised(q, "second");
        double sum = 0;
        for (int i = 0; i < pn.length; i++) {
            double m = (pn[i] + qn[i]) / 2;
            sum += bits(pn[i], m) + bits(qn[i], m);
        }
        return Math.min(1, Math.max(0, sum / 2));
    }

    private static double bits(double probability, double mixture) {
        return probability == 0 ? 0 : probability * (Math.log(probability / mixture) / Math.log(2));
    }

    private static double[] normalised(double[] weights, String name) {
        double total = 0;
        for (double weight : weights) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("the " + name + " distribution has a negative or non-finite weight: "
                        + weight);
            }
            total += weight;
        }
        if (total == 0) {
            throw new IllegalArgumentException("the " + name + " distribution has no weight");
        }
        double[] result = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            result[i] = weights[i] / total;
        }
        return result;
    }
}
