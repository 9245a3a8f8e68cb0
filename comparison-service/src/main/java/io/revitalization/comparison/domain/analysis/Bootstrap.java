package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * A seeded case bootstrap for statistics comparing two groups.
 *
 * <p>Each replicate draws, independently in each group, as many cases as the group has, with replacement, and keeps
 * all units of a drawn case (all its coders under {@link CoderSelection.Rule#ALL_CODERS}), because cases, not
 * codings, are the sampled units. Cases with the same code weights are interchangeable for the statistics, so a
 * replicate draws how many cases of each such profile it takes (multinomial counts, see {@link CaseProfiles})
 * rather than each case: the same distribution of replicates as drawing case by case, at a cost that does not grow
 * with the cases. The interval is the percentile interval of the replicates (linear interpolation between order
 * statistics, Hyndman–Fan type 7, as in R and NumPy). Draws come from a {@link SplittableRandom} seeded with
 * {@code seed} in the profiles' own order, so the same data and seed give the same interval whatever the input
 * order or case ids. Percentile intervals of a distance, which cannot go below 0, are shifted upwards for small samples;
 * read them as the spread of the estimate, not as a test of a zero distance.
 *
 * @param replicates      number of resamples, 1 to {@value #MAX_REPLICATES}
 * @param confidenceLevel strictly between 0 and 1
 */
public record Bootstrap(int replicates, double confidenceLevel, long seed) {

    public static final int DEFAULT_REPLICATES = 1000;
    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;
    /** A fixed default seed: the same request gives the same answer, which keeps cached comparisons valid. */
    public static final long DEFAULT_SEED = 20210101L;
    public static final int MAX_REPLICATES = 100_000;

    public Bootstrap {
        if (replicates < 1 || replicates > MAX_REPLICATES) {
            throw new IllegalArgumentException("replicates must be between 1 and " + MAX_REPLICATES + ", was " + replicates);
        }
        Require.probability(confidenceLevel, "confidenceLevel");
    }

    public static Bootstrap defaults() {
        return new Bootstrap(DEFAULT_REPLICATES, DEFAULT_CONFIDENCE_LEVEL, DEFAULT_SEED);
    }

    /**
     * The percentile intervals of statistics that depend only on each group's summed code weights, over case
     * resamples of both groups ({@link CaseProfiles#resample}: in each group the number of draws of each case profile
     * is multinomial, as drawing the group's cases with replacement gives it). All statistics are evaluated on the
     * same replicates; the draws depend only on the profiles and the seed, so the units and the tallies of the same
     * cases give the same intervals. Refuses an empty group.
     */
    public List<ConfidenceInterval> intervalsOfProfiles(CaseProfiles first, CaseProfiles second,
                                                        List<ToDoubleBiFunction<double[], double[]>> statistics) {
        requireCases(first, "first");
        requireCases(second, "second");
        SplittableRandom random = new SplittableRandom(seed);
        double[][] values = new double[statistics.size()][replicates];
        for (int r = 0; r < replicates; r++) {
            double[] a = first.resample(random);
            double[] b = second.resample(random);
            for (int s = 0; s < statistics.size(); s++) {
                values[s][r] = statistics.get(s).applyAsDouble(a, b);
            }
        }
        return Arrays.stream(values).map(this::percentileInterval).toList();
    }

    /**
     * The percentile interval of a reliability coefficient over resamples of the units (case-years) that at least
     * two coders coded: each replicate draws as many of those units as there are, with replacement, keeping all
     * codings of a drawn unit (a unit drawn twice counts twice). Units are drawn in case-id, year order, so the same
     * codings and seed give the same interval. Replicates in which the coefficient is undefined (a resample without
     * variation) are left out; the interval is {@code null} when none is defined.
     */
    public ConfidenceInterval unitInterval(Collection<Coding> codings, ToDoubleFunction<List<Coding>> coefficient) {
        List<List<Coding>> units = UnitKey.group(codings).values().stream().filter(byCoder -> byCoder.size() > 1)
                .map(byCoder -> List.copyOf(byCoder.values())).toList();
        if (units.isEmpty()) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[replicates];
        int defined = 0;
        for (int r = 0; r < replicates; r++) {
            List<Coding> drawn = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                int draw = i;
                units.get(random.nextInt(units.size())).forEach(coding -> drawn.add(new Coding(
                        coding.caseId() + "#" + draw, coding.year(), coding.coder(), coding.codes())));
            }
            double value = coefficient.applyAsDouble(drawn);
            if (!Double.isNaN(value)) {
                values[defined++] = value;
            }
        }
        return defined == 0 ? null : percentileInterval(Arrays.copyOf(values, defined));
    }

    private ConfidenceInterval percentileInterval(double[] values) {
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(values);
        double tail = (1 - confidenceLevel) / 2 * 100;
        return new ConfidenceInterval(confidenceLevel, percentile.evaluate(tail), percentile.evaluate(100 - tail));
    }

    private static void requireCases(CaseProfiles profiles, String group) {
        if (profiles == null || profiles.n() == 0) {
            throw new IllegalArgumentException("cannot bootstrap an empty " + group + " group");
        }
    }
}
