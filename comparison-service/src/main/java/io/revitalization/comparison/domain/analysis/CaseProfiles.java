package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A group's cases in one year as the distance's bootstrap sees them: the distinct weight vectors of its cases (a
 * case's units spread their weights over their codes, in scale order) and how many cases have each. Kept in one
 * order (vectors compared position by position), so the same cases give the same draws whether they come from the
 * units or from the tallies, whatever their ids.
 *
 * @param vectors weights per code position, distinct
 * @param cases   how many cases have each vector, all positive
 */
public record CaseProfiles(List<double[]> vectors, long[] cases) {
    private static final Comparator<double[]> ORDER = Arrays::compare;

    /** One weight vector and its number of cases. */
    public record Profile(double[] vector, long cases) {
    }

    /** Profiles in any order, equal vectors merged; profiles without cases are left out. */
    public static CaseProfiles of(Collection<Profile> profiles) {
        TreeMap<double[], Long> byVector = new TreeMap<>(ORDER);
        profiles.stream().filter(profile -> profile.cases() > 0)
                .forEach(profile -> byVector.merge(profile.vector().clone(), profile.cases(), Long::sum));
        return new CaseProfiles(List.copyOf(byVector.keySet()),
                byVector.values().stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * The profiles of one year's units: a case's units (one per coder under "all") add up to its vector, rounded as
     * the tallies round it ({@link Selections#profile}).
     */
    public static CaseProfiles of(Collection<CodedUnit> units, CodeScale scale) {
        Map<String, double[]> byCase = new TreeMap<>();
        for (CodedUnit unit : units) {
            double[] vector = byCase.computeIfAbsent(unit.caseId(), id -> new double[scale.codes().size()]);
            for (String code : unit.codes()) {
                vector[scale.position(code) - 1] += unit.weight() / unit.codes().size();
            }
        }
        List<Profile> profiles = new ArrayList<>();
        byCase.values().forEach(vector -> profiles.add(new Profile(Arrays.stream(vector)
                .map(weight -> Selections.rounded(weight).doubleValue()).toArray(), 1)));
        return of(profiles);
    }

    /** The number of cases. */
    public long n() {
        return Arrays.stream(cases).sum();
    }

    /** The summed weights per code position. */
    public double[] weights() {
        return weighted(cases);
    }

    /**
     * Draws as many cases as there are, with replacement, and returns their summed weights per code: the number of
     * draws of each profile is multinomial (n, cases / n), drawn as a binomial per profile in order, given the draws
     * left, so a replicate costs a few draws per profile instead of one per case.
     */
    double[] resample(SplittableRandom random) {
        long left = n();
        long casesLeft = left;
        long[] drawn = new long[cases.length];
        for (int p = 0; p < cases.length && left > 0; p++) {
            drawn[p] = p == cases.length - 1 ? left : Binomial.draw(random, left, (double) cases[p] / casesLeft);
            left -= drawn[p];
            casesLeft -= cases[p];
        }
        return weighted(drawn);
    }

    private double[] weighted(long[] counts) {
        double[] weights = new double[vectors.isEmpty() ? 0 : vectors.get(0).length];
        for (int p = 0; p < counts.length; p++) {
            for (int c = 0; c < weights.length; c++) {
                weights[c] += counts[p] * vectors.get(p)[c];
            }
        }
        return weights;
    }
}
