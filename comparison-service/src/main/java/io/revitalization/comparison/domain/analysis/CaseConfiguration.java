package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * A case-year's configuration under a coder selection: its resolved codes on every dimension it is resolved on. The
 * truth table of any outcome and conditions follows from how many cases show each configuration, so a group-year
 * keeps a tally per configuration (a few dozen at most) rather than being resolved case by case.
 */
public final class CaseConfiguration {
    /** Between dimensions: control characters, which no dimension or code id contains. */
    private static final String DIMENSIONS = "\u001e";
    private static final String CODES = "\u001f";

    private CaseConfiguration() {
    }

    /** A configuration with the number of its cases and the first of them (ids, sorted). */
    public record Tally(String configuration, int cases, List<String> firstCaseIds) {
    }

    /** "dimension:code": a case is a member when its resolved codes on the dimension include the code. */
    public record Membership(String name, String dimension, String code) {
        public boolean holdsFor(Map<String, List<String>> codes) {
            return codes.get(dimension).contains(code);
        }
    }

    /**
     * The truth table of the configurations' cases, with each row's coverage (in row order) and the cases coded on
     * some but not all of the outcome's and conditions' dimensions.
     */
    public record Table(TruthTable table, List<Double> coverages, int leftOut, List<String> leftOutListed) {
    }

    /** The text of codes per dimension (dimension order and code order do not matter); empty for none. */
    public static String encode(Map<String, List<String>> codesByDimension) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(codesByDimension).forEach((dimension, codes) -> {
            List<String> sorted = codes.stream().sorted().distinct().toList();
            parts.add(dimension + (sorted.isEmpty() ? "" : CODES + String.join(CODES, sorted)));
        });
        return String.join(DIMENSIONS, parts);
    }

    public static Map<String, List<String>> decode(String configuration) {
        Map<String, List<String>> codes = new TreeMap<>();
        if (configuration.isEmpty()) {
            return codes;
        }
        for (String part : configuration.split(DIMENSIONS)) {
            String[] fields = part.split(CODES);
            codes.put(fields[0], List.of(fields).subList(1, fields.length));
        }
        return codes;
    }

    /**
     * The configuration of one case-year's codings (any dimensions) under a selection: empty when the selection
     * resolves none of its dimensions.
     */
    public static String of(CoderSelection selection, Map<String, ? extends Collection<Coding>> codingsByDimension) {
        Map<String, List<String>> codes = new TreeMap<>();
        codingsByDimension.forEach((dimension, codings) ->
                selection.resolve(codings).units().forEach(unit -> codes.put(dimension, unit.codes())));
        return encode(codes);
    }

    /** The truth table of the tallied configurations, as {@link TruthTable#of} computes it from the cases. */
    public static Table table(Membership outcome, List<Membership> conditions, List<Tally> tallies) {
        List<String> names = conditions.stream().map(Membership::name).toList();
        List<String> dimensions = new ArrayList<>(List.of(outcome.dimension()));
        conditions.forEach(condition -> dimensions.add(condition.dimension()));
        Map<List<Boolean>, RowCases> rows = new LinkedHashMap<>();
        List<List<String>> leftOut = new ArrayList<>();
        int leftOutCases = 0;
        int outcomeCases = 0;
        int n = 0;
        for (Tally tally : tallies) {
            Map<String, List<String>> codes = decode(tally.configuration());
            long resolved = dimensions.stream().distinct().filter(codes::containsKey).count();
            if (resolved == 0) {
                continue;
            }
            if (resolved < dimensions.stream().distinct().count()) {
                leftOutCases += tally.cases();
                leftOut.add(tally.firstCaseIds());
                continue;
            }
            List<Boolean> configuration = conditions.stream().map(condition -> condition.holdsFor(codes)).toList();
            RowCases row = rows.computeIfAbsent(configuration, key -> new RowCases());
            boolean withOutcome = outcome.holdsFor(codes);
            row.add(tally, withOutcome);
            n += tally.cases();
            outcomeCases += withOutcome ? tally.cases() : 0;
        }
        List<TruthTable.Row> tableRows = new ArrayList<>();
        Map<List<Boolean>, Double> coverage = new LinkedHashMap<>();
        int withOutcomeTotal = outcomeCases;
        rows.forEach((configuration, row) -> {
            tableRows.add(new TruthTable.Row(configuration, row.n, merged(row.caseIds), merged(row.caseIdsWithOutcome),
                    (double) row.withOutcome / row.n));
            coverage.put(configuration, withOutcomeTotal == 0 ? null : (double) row.withOutcome / withOutcomeTotal);
        });
        TruthTable table = TruthTable.ofRows(outcome.name(), names, n, tableRows);
        return new Table(table, table.rows().stream().map(row -> coverage.get(row.configuration())).toList(),
                leftOutCases, merged(leftOut));
    }

    /** The first {@link ListedCases#LIMIT} of disjoint sorted lists, merged. */
    static List<String> merged(List<List<String>> sortedLists) {
        PriorityQueue<String> all = new PriorityQueue<>(Comparator.naturalOrder());
        sortedLists.forEach(all::addAll);
        List<String> first = new ArrayList<>();
        while (!all.isEmpty() && first.size() < ListedCases.LIMIT) {
            first.add(all.poll());
        }
        return first;
    }

    private static final class RowCases {
        private int n;
        private int withOutcome;
        private final List<List<String>> caseIds = new ArrayList<>();
        private final List<List<String>> caseIdsWithOutcome = new ArrayList<>();

        void add(Tally tally, boolean outcome) {
            n += tally.cases();
            caseIds.add(tally.firstCaseIds());
            if (outcome) {
                withOutcome += tally.cases();
                caseIdsWithOutcome.add(tally.firstCaseIds());
            }
        }
    }
}
