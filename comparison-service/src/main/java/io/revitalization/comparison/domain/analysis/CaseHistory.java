package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A case's resolved units on one dimension under one selection in one group, over every year, as one text: what the
 * history tallies count per (dimension, selection, group). Cases with the same history weigh the same in every
 * figure computed over years, so a figure over a range of years is computed once per distinct history and multiplied
 * by its number of cases. The text holds each unit's year, exact weight and codes, so the units read back are those
 * stored, without the case id.
 */
public final class CaseHistory {
    private static final String UNITS = "\u001e";
    private static final String FIELDS = "\u001f";
    private static final String CODES = "\u001d";
    private static final Comparator<CodedUnit> ORDER = Comparator.comparingInt(CodedUnit::year)
            .thenComparing(unit -> String.join(CODES, unit.codes())).thenComparingDouble(CodedUnit::weight);

    /** A history and how many cases have it. */
    public record Counted(String history, int cases) {
    }

    /** Each code's weight when every case weighs 1 over the years, and the number of cases. */
    public record CaseWeights(Map<String, Double> byCode, int cases) {
    }

    private CaseHistory() {
    }

    /** The history of a case's units (one case); empty text when there are none. */
    public static String of(Collection<CodedUnit> units) {
        return String.join(UNITS, units.stream().sorted(ORDER)
                .map(unit -> unit.year() + FIELDS + unit.weight() + FIELDS + String.join(CODES, unit.codes()))
                .toList());
    }

    /** The units of a history, as the case's, within the years. */
    public static List<CodedUnit> units(String history, String caseId, YearRange years) {
        List<CodedUnit> units = new ArrayList<>();
        if (history.isEmpty()) {
            return units;
        }
        for (String unit : history.split(UNITS)) {
            String[] fields = unit.split(FIELDS, 3);
            int year = Integer.parseInt(fields[0]);
            if (year >= years.from() && year <= years.to()) {
                units.add(new CodedUnit(caseId, year, Arrays.asList(fields[2].split(CODES)),
                        Double.parseDouble(fields[1]), List.of(), null));
            }
        }
        return units;
    }

    /** How many cases have a unit within the years, in total and per code. */
    public static Map<String, Integer> casesByCode(List<Counted> histories, YearRange years, String whole) {
        Map<String, Integer> cases = new TreeMap<>();
        for (Counted counted : histories) {
            List<CodedUnit> units = units(counted.history(), "case", years);
            if (units.isEmpty()) {
                continue;
            }
            cases.merge(whole, counted.cases(), Integer::sum);
            units.stream().flatMap(unit -> unit.codes().stream()).distinct()
                    .forEach(code -> cases.merge(code, counted.cases(), Integer::sum));
        }
        return cases;
    }

    /**
     * Each code's weight under {@link Weighting#CASE} over the years: a case's units reweighed so that they weigh 1
     * together, a unit's weight spread evenly over its codes, summed over the cases.
     */
    public static CaseWeights caseWeights(List<Counted> histories, YearRange years) {
        Map<String, Double> weights = new TreeMap<>();
        int cases = 0;
        for (Counted counted : histories) {
            List<CodedUnit> units = Weighting.CASE.reweigh(units(counted.history(), "case", years));
            if (units.isEmpty()) {
                continue;
            }
            cases += counted.cases();
            Map<String, Double> ofCase = new TreeMap<>();
            units.forEach(unit -> unit.codes().forEach(code -> ofCase.merge(code,
                    unit.weight() / unit.codes().size(), Double::sum)));
            ofCase.forEach((code, weight) -> weights.merge(code, weight * counted.cases(), Double::sum));
        }
        return new CaseWeights(weights, cases);
    }
}
