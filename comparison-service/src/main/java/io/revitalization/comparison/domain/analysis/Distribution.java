package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The shares of the codes of one dimension among a set of coded units.
 *
 * <p>A unit's weight is split evenly over its codes: a multi-valued unit with k codes adds weight/k to each, so that
 * every case-year counts once whatever the number of its codes and the shares sum to 1. (Counting each code fully
 * would let richly coded cases dominate and turn the shares into something other than a probability distribution,
 * which the Jensen–Shannon distance needs.)
 *
 * @param n       the number of distinct cases behind the distribution
 * @param caseIds the first of those cases (see {@link ListedCases}), sorted
 * @param shares  one entry per code, in scale order when built with a scale (zero shares included), otherwise in
 *                code order with only observed codes
 */
public record Distribution(int n, List<String> caseIds, List<CodeShare> shares) {

    /**
     * @param n       the number of distinct cases with this code
     * @param caseIds the first of those cases (see {@link ListedCases}), sorted
     */
    public record CodeShare(String code, double share, int n, List<String> caseIds) {
        public CodeShare {
            caseIds = ListedCases.first(caseIds);
        }
    }

    /** The distribution of one year. */
    public record InYear(int year, Distribution distribution) {
    }

    public Distribution {
        caseIds = ListedCases.first(caseIds);
        shares = List.copyOf(shares);
    }

    /** The distribution over the observed codes, in code order. */
    public static Distribution of(Collection<CodedUnit> units) {
        Require.present(units, "units");
        SortedSet<String> observed = new TreeSet<>();
        units.forEach(unit -> observed.addAll(unit.codes()));
        return over(List.copyOf(observed), units);
    }

    /** The distribution over every code of the scale, in scale order; refuses units that do not fit the scale. */
    public static Distribution of(Collection<CodedUnit> units, CodeScale scale) {
        Require.present(units, "units");
        units.forEach(unit -> scale.requireFits(unit.codes(), unit.caseId()));
        return over(scale.codes(), units);
    }

    /** One distribution per year of the range, including years without data (n = 0, all shares 0). */
    public static List<InYear> byYear(Collection<CodedUnit> units, CodeScale scale, YearRange years) {
        Require.present(units, "units");
        return years.years().stream()
                .map(year -> new InYear(year, of(units.stream().filter(unit -> unit.year() == year).toList(), scale)))
                .toList();
    }

    /** The share of a code, 0 when it does not occur. */
    public double share(String code) {
        return shares.stream().filter(entry -> entry.code().equals(code)).mapToDouble(CodeShare::share).findFirst()
                .orElse(0);
    }

    private static Distribution over(List<String> codes, Collection<CodedUnit> units) {
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, SortedSet<String>> casesByCode = new LinkedHashMap<>();
        codes.forEach(code -> {
            weights.put(code, 0.0);
            casesByCode.put(code, new TreeSet<>());
        });
        double total = 0;
        for (CodedUnit unit : units) {
            double perCode = unit.weight() / unit.codes().size();
            for (String code : unit.codes()) {
                weights.merge(code, perCode, Double::sum);
                casesByCode.get(code).add(unit.caseId());
            }
            total += unit.weight();
        }
        List<CodeShare> shares = new ArrayList<>(codes.size());
        for (String code : codes) {
            double share = total == 0 ? 0 : weights.get(code) / total;
            SortedSet<String> cases = casesByCode.get(code);
            shares.add(new CodeShare(code, share, cases.size(), List.copyOf(cases)));
        }
        SortedSet<String> allCases = new TreeSet<>();
        units.forEach(unit -> allCases.add(unit.caseId()));
        return new Distribution(allCases.size(), List.copyOf(allCases), shares);
    }
}
