package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Krippendorff's alpha for one dimension, by the coincidence-matrix method of Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability": α = 1 − D<sub>o</sub>/D<sub>e</sub>. A unit is one case in one year; coders may
 * skip units (missing data), and units with fewer than two codings are not pairable and drop out.
 *
 * <p>Multi-valued codings enter {@link #nominal} with each code set as one value: two coders agree on a unit only
 * when they chose exactly the same codes; {@link #masi} gives partial credit for overlapping code sets. {@link #ordinal} and {@link #interval} need single codes on an ordinal
 * scale; interval treats the scale's codes as equally spaced (their positions).
 *
 * <p>Alpha is undefined ({@code null}) when there are no pairable values or when all pairable values are the same
 * (no variation, D<sub>e</sub> = 0).
 */
public final class KrippendorffAlpha {

    public enum Metric { NOMINAL, ORDINAL, INTERVAL, RATIO, MASI }

    /**
     * @param alpha                 {@code null} when undefined
     * @param observedDisagreement  D<sub>o</sub>; {@code null} without pairable values
     * @param expectedDisagreement  D<sub>e</sub>; {@code null} without pairable values
     * @param pairableUnits         units coded by at least two coders
     * @param pairableValues        codings in those units (n in the paper)
     * @param coders                the coders seen, sorted
     */
    public record Result(Metric metric, Double alpha, Double observedDisagreement, Double expectedDisagreement,
                         int pairableUnits, int pairableValues, List<String> coders) {
        public Result {
            coders = List.copyOf(coders);
        }
    }

    private KrippendorffAlpha() {
    }

    public static Result nominal(Collection<Coding> codings) {
        return coincidences(Metric.NOMINAL, codings, null, null).alpha();
    }

    /**
     * The coincidences behind an alpha of codings, which {@link Coincidences#alpha()} turns into the alpha and
     * {@link PairBootstrap} resamples.
     *
     * @param scale  for ordinal, interval and ratio alphas; otherwise ignored
     * @param values the numbers the scale's codes stand for (interval, ratio); null for interval on the codes'
     *               positions
     */
    public static Coincidences coincidences(Metric metric, Collection<Coding> codings, CodeScale scale,
                                            double[] values) {
        return switch (metric) {
            case NOMINAL -> nominalCoincidences(codings);
            case MASI -> masiCoincidences(codings);
            case ORDINAL -> ranked(metric, codings, scale, KrippendorffAlpha::ordinalDifference);
            case INTERVAL -> {
                if (values == null) {
                    yield ranked(metric, codings, scale, (c, k, marginals) -> (double) (c - k) * (c - k));
                }
                requireValues(scale, values);
                yield ranked(metric, codings, scale, intervalDifference(values));
            }
            case RATIO -> {
                requireValues(scale, values);
                yield ranked(metric, codings, scale, ratioDifference(values));
            }
        };
    }

    private static Coincidences nominalCoincidences(Collection<Coding> codings) {
        SortedMap<UnitKey, Map<String, Coding>> units = UnitKey.group(codings);
        Map<List<String>, Integer> indexOfCodeSet = new HashMap<>();
        units.values().forEach(byCoder -> byCoder.values()
                .forEach(coding -> indexOfCodeSet.putIfAbsent(coding.codes(), indexOfCodeSet.size())));
        return compute(Metric.NOMINAL, units, coding -> indexOfCodeSet.get(coding.codes()), indexOfCodeSet.size(),
                (c, k, marginals) -> c == k ? 0 : 1);
    }

    /**
     * Nominal alpha from coincidence counts kept elsewhere, e.g. summed over years: the same result as
     * {@link #nominal(Collection)} on the codings counted.
     *
     * @param coders every coder of the codings counted, single codings of a unit included
     */
    public static Result nominal(Collection<CoincidenceCount> counts, Collection<String> coders) {
        Map<List<String>, Integer> indexOfCodeSet = new HashMap<>();
        counts.forEach(count -> {
            indexOfCodeSet.putIfAbsent(count.first(), indexOfCodeSet.size());
            indexOfCodeSet.putIfAbsent(count.second(), indexOfCodeSet.size());
        });
        return fromCounts(Metric.NOMINAL, counts, coders, indexOfCodeSet::get, indexOfCodeSet.size(),
                (c, k, marginals) -> c == k ? 0 : 1);
    }

    /**
     * Alpha for multi-valued codings with partial agreement: two code sets differ by the MASI distance of
     * Passonneau (2006), 1 − J·M, where J is their Jaccard overlap |A ∩ B| / |A ∪ B| and M is 1 for equal sets, 2/3
     * when one holds the other, 1/3 when they overlap otherwise and 0 when they are disjoint. Equal code sets agree
     * fully, as under {@link #nominal(Collection)}, which compares the sets whole.
     */
    public static Result masi(Collection<Coding> codings) {
        return coincidences(Metric.MASI, codings, null, null).alpha();
    }

    private static Coincidences masiCoincidences(Collection<Coding> codings) {
        SortedMap<UnitKey, Map<String, Coding>> units = UnitKey.group(codings);
        List<List<String>> codeSets = new ArrayList<>();
        Map<List<String>, Integer> indexOfCodeSet = new HashMap<>();
        units.values().forEach(byCoder -> byCoder.values().forEach(coding -> indexOfCodeSet.computeIfAbsent(
                coding.codes(), codes -> {
                    codeSets.add(codes);
                    return codeSets.size() - 1;
                })));
        return compute(Metric.MASI, units, coding -> indexOfCodeSet.get(coding.codes()), codeSets.size(),
                (c, k, marginals) -> masiDistance(codeSets.get(c), codeSets.get(k)));
    }

    /** {@link #masi(Collection)} from coincidence counts (see {@link #nominal(Collection, Collection)}). */
    public static Result masi(Collection<CoincidenceCount> counts, Collection<String> coders) {
        List<List<String>> codeSets = new ArrayList<>();
        Map<List<String>, Integer> indexOfCodeSet = new HashMap<>();
        counts.forEach(count -> List.of(count.first(), count.second()).forEach(codes ->
                indexOfCodeSet.computeIfAbsent(codes, key -> {
                    codeSets.add(key);
                    return codeSets.size() - 1;
                })));
        return fromCounts(Metric.MASI, counts, coders, indexOfCodeSet::get, codeSets.size(),
                (c, k, marginals) -> masiDistance(codeSets.get(c), codeSets.get(k)));
    }

    /** 1 − Jaccard × monotonicity (Passonneau 2006). */
    static double masiDistance(List<String> a, List<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> intersection = new HashSet<>(a);
        intersection.retainAll(b);
        double jaccard = union.isEmpty() ? 1 : (double) intersection.size() / union.size();
        double monotonicity;
        if (intersection.size() == a.size() && intersection.size() == b.size()) {
            monotonicity = 1;
        } else if (intersection.size() == a.size() || intersection.size() == b.size()) {
            monotonicity = 2.0 / 3;
        } else if (!intersection.isEmpty()) {
            monotonicity = 1.0 / 3;
        } else {
            monotonicity = 0;
        }
        return 1 - jaccard * monotonicity;
    }

    /** Refuses a scale that is not ordinal and codings that do not fit it. */
    public static Result ordinal(Collection<Coding> codings, CodeScale scale) {
        return coincidences(Metric.ORDINAL, codings, scale, null).alpha();
    }

    /**
     * Ordinal alpha from coincidence counts of single codes (see {@link #nominal(Collection, Collection)}); refuses
     * a scale that is not ordinal and codes not in it.
     */
    public static Result ordinal(Collection<CoincidenceCount> counts, Collection<String> coders, CodeScale scale) {
        requireOrdinal(Metric.ORDINAL, scale);
        return fromCounts(Metric.ORDINAL, counts, coders, codes -> scale.position(codes.get(0)) - 1,
                scale.codes().size(), KrippendorffAlpha::ordinalDifference);
    }

    private static double ordinalDifference(int c, int k, double[] marginals) {
        double between = 0;
        for (int g = Math.min(c, k); g <= Math.max(c, k); g++) {
            between += marginals[g];
        }
        double distance = between - (marginals[c] + marginals[k]) / 2;
        return distance * distance;
    }

    /** Refuses a scale that is not ordinal and codings that do not fit it. */
    public static Result interval(Collection<Coding> codings, CodeScale scale) {
        return coincidences(Metric.INTERVAL, codings, scale, null).alpha();
    }

    /** Interval alpha of codings on a ranked scale whose codes stand for {@code values} (in scale order). */
    public static Result interval(Collection<Coding> codings, CodeScale scale, double[] values) {
        return coincidences(Metric.INTERVAL, codings, scale, Require.present(values, "values")).alpha();
    }

    /** Ratio alpha of codings on a ranked scale whose codes stand for {@code values} (in scale order). */
    public static Result ratio(Collection<Coding> codings, CodeScale scale, double[] values) {
        return coincidences(Metric.RATIO, codings, scale, values).alpha();
    }

    private static SquaredDifference intervalDifference(double[] values) {
        return (c, k, marginals) -> (values[c] - values[k]) * (values[c] - values[k]);
    }

    private static SquaredDifference ratioDifference(double[] values) {
        return (c, k, marginals) -> {
            double sum = values[c] + values[k];
            double ratio = sum == 0 ? 0 : (values[c] - values[k]) / sum;
            return ratio * ratio;
        };
    }

    private static void requireValues(CodeScale scale, double[] values) {
        if (values.length != scale.codes().size()) {
            throw new IllegalArgumentException("one value per code of " + scale.codes() + ", got " + values.length);
        }
    }

    /**
     * Interval alpha from coincidence counts of single codes on a ranked scale whose codes stand for
     * {@code values} (in scale order): the squared difference of the values.
     */
    public static Result interval(Collection<CoincidenceCount> counts, Collection<String> coders, CodeScale scale,
                                  double[] values) {
        return numeric(Metric.INTERVAL, counts, coders, scale, values, intervalDifference(values));
    }

    /**
     * Ratio alpha as {@link #interval(Collection, Collection, CodeScale, double[])}, with Krippendorff's ratio
     * difference ((v − v′)/(v + v′))², which weighs a difference less the further from zero it lies.
     */
    public static Result ratio(Collection<CoincidenceCount> counts, Collection<String> coders, CodeScale scale,
                               double[] values) {
        return numeric(Metric.RATIO, counts, coders, scale, values, ratioDifference(values));
    }

    private static Result numeric(Metric metric, Collection<CoincidenceCount> counts, Collection<String> coders,
                                  CodeScale scale, double[] values, SquaredDifference difference) {
        requireOrdinal(metric, scale);
        requireValues(scale, values);
        return fromCounts(metric, counts, coders, codes -> scale.position(codes.get(0)) - 1, values.length,
                difference);
    }

    private interface SquaredDifference {
        double of(int c, int k, double[] marginals);
    }

    private static Coincidences ranked(Metric metric, Collection<Coding> codings, CodeScale scale,
                                 SquaredDifference difference) {
        requireOrdinal(metric, scale);
        SortedMap<UnitKey, Map<String, Coding>> units = UnitKey.group(codings);
        units.values().forEach(byCoder -> byCoder.values()
                .forEach(coding -> scale.requireFits(coding.codes(), coding.caseId())));
        return compute(metric, units, coding -> scale.position(coding.codes().get(0)) - 1, scale.codes().size(),
                difference);
    }

    private static void requireOrdinal(Metric metric, CodeScale scale) {
        if (scale.level() != MeasurementLevel.ORDINAL) {
            throw new IllegalArgumentException(metric.name().toLowerCase() + " alpha needs an ordinal scale, not "
                    + scale.level());
        }
    }

    private static Result fromCounts(Metric metric, Collection<CoincidenceCount> counts, Collection<String> coders,
                                     ToIntFunction<List<String>> index, int valueCount, SquaredDifference difference) {
        double[][] coincidences = new double[valueCount][valueCount];
        Map<Integer, Long> pairsByPairable = new TreeMap<>();
        for (CoincidenceCount count : counts) {
            coincidences[index.applyAsInt(count.first())][index.applyAsInt(count.second())]
                    += (double) count.pairs() / (count.pairable() - 1);
            pairsByPairable.merge(count.pairable(), count.pairs(), Long::sum);
        }
        long pairableUnits = 0;
        for (Map.Entry<Integer, Long> entry : pairsByPairable.entrySet()) {
            pairableUnits += entry.getValue() / ((long) entry.getKey() * (entry.getKey() - 1));
        }
        return fromCoincidences(metric, coincidences, Math.toIntExact(pairableUnits), new TreeSet<>(coders),
                difference).alpha();
    }

    private static Coincidences compute(Metric metric, SortedMap<UnitKey, Map<String, Coding>> units, ToIntFunction<Coding> index,
                                  int valueCount, SquaredDifference difference) {
        double[][] coincidences = new double[valueCount][valueCount];
        int pairableUnits = 0;
        TreeSet<String> coders = new TreeSet<>();
        for (Map<String, Coding> byCoder : units.values()) {
            coders.addAll(byCoder.keySet());
            int m = byCoder.size();
            if (m < 2) {
                continue;
            }
            pairableUnits++;
            List<Integer> values = new ArrayList<>(m);
            byCoder.values().forEach(coding -> values.add(index.applyAsInt(coding)));
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        coincidences[values.get(i)][values.get(j)] += 1.0 / (m - 1);
                    }
                }
            }
        }
        return fromCoincidences(metric, coincidences, pairableUnits, coders, difference);
    }

    private static Coincidences fromCoincidences(Metric metric, double[][] coincidences, int pairableUnits,
                                                 TreeSet<String> coders, SquaredDifference difference) {
        int valueCount = coincidences.length;
        double[] marginals = new double[valueCount];
        for (int c = 0; c < valueCount; c++) {
            for (int k = 0; k < valueCount; k++) {
                marginals[c] += coincidences[c][k];
            }
        }
        double[][] differences = new double[valueCount][valueCount];
        for (int c = 0; c < valueCount; c++) {
            for (int k = 0; k < valueCount; k++) {
                differences[c][k] = difference.of(c, k, marginals);
            }
        }
        return new Coincidences(metric, coincidences, differences, pairableUnits, List.copyOf(coders));
    }
}
