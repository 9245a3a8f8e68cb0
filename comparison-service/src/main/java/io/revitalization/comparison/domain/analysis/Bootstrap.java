package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * A seeded case bootstrap for statistics comparing two groups.
 *
 * <p>Each replicate draws, independently in each group, as many cases as the group has, with replacement, and keeps
 * all units of a drawn case (all its coders under {@link CoderSelection.Rule#ALL_CODERS}), because cases, not
 * codings, are the sampled units. The interval is the percentile interval of the replicates (linear interpolation
 * between order statistics, Hyndman–Fan type 7, as in R and NumPy). Cases are drawn in case-id order from a
 * {@link SplittableRandom} seeded with {@code seed}, so the same data and seed give the same interval whatever the
 * input order. Percentile intervals of a distance, which cannot go below 0, are shifted upwards for small samples;
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

    /** The percentile interval of {@code statistic} over case resamples of both groups; refuses an empty group. */
    public ConfidenceInterval interval(Collection<CodedUnit> first, Collection<CodedUnit> second,
                                       ToDoubleBiFunction<List<CodedUnit>, List<CodedUnit>> statistic) {
        List<List<CodedUnit>> firstCases = casesOf(first, "first");
        List<List<CodedUnit>> secondCases = casesOf(second, "second");
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            values[r] = statistic.applyAsDouble(resample(firstCases, random), resample(secondCases, random));
        }
        return percentileInterval(values);
    }

    /**
     * The same intervals as {@link #interval} for statistics that depend only on each group's summed code weights
     * (a case's units add weight/k to each of their k codes, in scale order), computed from the same draws but
     * without materialising the resamples: a draw adds one to its case's profile (its weight vector; cases with equal
     * vectors share one), and a replicate's weights are the profile counts times the profiles. The cost per replicate
     * is the number of cases plus profiles × codes, instead of building every drawn unit list and its statistic.
     * All statistics are evaluated on the same replicates, as separate calls of {@link #interval} would draw them.
     */
    public List<ConfidenceInterval> intervalsOfWeights(Collection<CodedUnit> first, Collection<CodedUnit> second,
                                                       CodeScale scale,
                                                       List<ToDoubleBiFunction<double[], double[]>> statistics) {
        Profiles firstProfiles = Profiles.of(casesOf(first, "first"), scale);
        Profiles secondProfiles = Profiles.of(casesOf(second, "second"), scale);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] values = new double[statistics.size()][replicates];
        for (int r = 0; r < replicates; r++) {
            double[] a = firstProfiles.resample(random);
            double[] b = secondProfiles.resample(random);
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

    /** The distinct weight vectors of a group's cases and which one each case (in case-id order) has. */
    private record Profiles(double[][] vectors, int[] profileOfCase, int codes) {
        static Profiles of(List<List<CodedUnit>> cases, CodeScale scale) {
            Map<List<Double>, Integer> indexOf = new HashMap<>();
            List<double[]> vectors = new ArrayList<>();
            int[] profileOfCase = new int[cases.size()];
            for (int i = 0; i < cases.size(); i++) {
                double[] vector = new double[scale.codes().size()];
                for (CodedUnit unit : cases.get(i)) {
                    for (String code : unit.codes()) {
                        vector[scale.position(code) - 1] += unit.weight() / unit.codes().size();
                    }
                }
                profileOfCase[i] = indexOf.computeIfAbsent(Arrays.stream(vector).boxed().toList(), key -> {
                    vectors.add(vector);
                    return vectors.size() - 1;
                });
            }
            return new Profiles(vectors.toArray(double[][]::new), profileOfCase, scale.codes().size());
        }

        /** Draws as many cases as there are, with replacement, and returns their summed weights per code. */
        double[] resample(SplittableRandom random) {
            int[] counts = new int[vectors.length];
            for (int i = 0; i < profileOfCase.length; i++) {
                counts[profileOfCase[random.nextInt(profileOfCase.length)]]++;
            }
            double[] weights = new double[codes];
            for (int p = 0; p < vectors.length; p++) {
                for (int c = 0; c < codes; c++) {
                    weights[c] += counts[p] * vectors[p][c];
                }
            }
            return weights;
        }
    }

    private static List<List<CodedUnit>> casesOf(Collection<CodedUnit> units, String group) {
        if (units == null || units.isEmpty()) {
            throw new IllegalArgumentException("cannot bootstrap an empty " + group + " group");
        }
        TreeMap<String, List<CodedUnit>> byCase = new TreeMap<>();
        units.forEach(unit -> byCase.computeIfAbsent(unit.caseId(), id -> new ArrayList<>()).add(unit));
        return List.copyOf(byCase.values());
    }

    private static List<CodedUnit> resample(List<List<CodedUnit>> cases, SplittableRandom random) {
        List<CodedUnit> drawn = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            drawn.addAll(cases.get(random.nextInt(cases.size())));
        }
        return drawn;
    }
}
