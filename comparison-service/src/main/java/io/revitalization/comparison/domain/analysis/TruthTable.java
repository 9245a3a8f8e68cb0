package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A crisp-set QCA truth table: the cases grouped by their configuration of conditions, each row with its cases and
 * the consistency of the outcome among them. Only observed configurations are listed; the 2<sup>k</sup> − rows
 * unobserved ones are the logical remainders.
 *
 * @param conditions        the condition names; every row's configuration follows this order
 * @param rows              observed configurations, largest n first, then by configuration (true before false)
 * @param logicalRemainders configurations no case shows
 */
public record TruthTable(String outcome, List<String> conditions, int n, List<Row> rows, long logicalRemainders) {

    /** The largest number of conditions: 2<sup>30</sup> configurations is already far beyond any case base. */
    public static final int MAX_CONDITIONS = 30;

    /** One case's membership in each condition and in the outcome. */
    public record QcaCase(String caseId, Map<String, Boolean> conditions, boolean outcome) {
        public QcaCase {
            Require.text(caseId, "caseId");
            Require.present(conditions, "conditions").forEach((condition, value) -> {
                Require.text(condition, "condition");
                Require.present(value, "value of condition " + condition + " for case " + caseId);
            });
            conditions = Map.copyOf(conditions);
        }
    }

    /**
     * @param configuration     one value per condition, in the table's condition order
     * @param caseIds           the first of the row's cases (see {@link ListedCases}), sorted
     * @param caseIdsWithOutcome the first of the row's cases that show the outcome, sorted
     * @param consistency       share of the row's cases that show the outcome
     */
    public record Row(List<Boolean> configuration, int n, List<String> caseIds, List<String> caseIdsWithOutcome,
                      double consistency) {
        public Row {
            configuration = List.copyOf(configuration);
            caseIds = ListedCases.first(caseIds);
            caseIdsWithOutcome = ListedCases.first(caseIdsWithOutcome);
        }
    }

    /**
     * How well a solution (a disjunction of terms, each a conjunction of condition values) accounts for the outcome.
     *
     * @param consistency |solution ∩ outcome| / |solution|; {@code null} when no case matches the solution
     * @param coverage    |solution ∩ outcome| / |outcome|; {@code null} when no case shows the outcome
     * @param caseIds     the cases matching the solution
     */
    public record Fit(int n, int withOutcome, Double consistency, Double coverage, List<String> caseIds) {
        public Fit {
            caseIds = List.copyOf(caseIds);
        }
    }

    private static final Comparator<Row> LARGEST_FIRST = Comparator.comparingInt(Row::n).reversed()
            .thenComparing(Row::configuration, TruthTable::trueFirst);

    public TruthTable {
        conditions = List.copyOf(conditions);
        rows = List.copyOf(rows);
    }

    public static TruthTable of(String outcome, List<String> conditions, Collection<QcaCase> cases) {
        Require.text(outcome, "outcome");
        requireConditions(conditions);
        requireCases(cases, conditions);
        Map<List<Boolean>, List<QcaCase>> byConfiguration = new LinkedHashMap<>();
        cases.stream().sorted(Comparator.comparing(QcaCase::caseId)).forEach(qcaCase -> byConfiguration
                .computeIfAbsent(conditions.stream().map(qcaCase.conditions()::get).toList(), k -> new ArrayList<>())
                .add(qcaCase));
        List<Row> rows = byConfiguration.entrySet().stream()
                .map(entry -> rowOf(entry.getKey(), entry.getValue()))
                .sorted(LARGEST_FIRST)
                .toList();
        return new TruthTable(outcome, conditions, cases.size(), rows, (1L << conditions.size()) - rows.size());
    }

    /** The table of rows counted elsewhere (from tallies), ordered as {@link #of} orders them. */
    public static TruthTable ofRows(String outcome, List<String> conditions, int n, Collection<Row> rows) {
        Require.text(outcome, "outcome");
        requireConditions(conditions);
        List<Row> sorted = rows.stream().sorted(LARGEST_FIRST).toList();
        return new TruthTable(outcome, conditions, n, sorted, (1L << conditions.size()) - sorted.size());
    }

    /** Consistency and coverage of a solution; a term names only the conditions it constrains. */
    public static Fit fit(List<Map<String, Boolean>> solution, Collection<QcaCase> cases) {
        if (solution == null || solution.isEmpty()) {
            throw new IllegalArgumentException("a solution needs at least one term");
        }
        Set<String> named = new HashSet<>();
        solution.forEach(term -> {
            if (term == null || term.isEmpty()) {
                throw new IllegalArgumentException("a solution term needs at least one condition");
            }
            named.addAll(term.keySet());
        });
        requireCases(cases, List.copyOf(named));
        List<QcaCase> matching = cases.stream()
                .filter(qcaCase -> solution.stream().anyMatch(term -> matches(term, qcaCase)))
                .sorted(Comparator.comparing(QcaCase::caseId))
                .toList();
        int withOutcome = (int) matching.stream().filter(QcaCase::outcome).count();
        long outcomeCases = cases.stream().filter(QcaCase::outcome).count();
        return new Fit(matching.size(), withOutcome,
                matching.isEmpty() ? null : (double) withOutcome / matching.size(),
                outcomeCases == 0 ? null : (double) withOutcome / outcomeCases,
                matching.stream().map(QcaCase::caseId).toList());
    }

    private static boolean matches(Map<String, Boolean> term, QcaCase qcaCase) {
        return term.entrySet().stream().allMatch(entry -> entry.getValue().equals(qcaCase.conditions().get(entry.getKey())));
    }

    private static Row rowOf(List<Boolean> configuration, List<QcaCase> cases) {
        List<String> withOutcome = cases.stream().filter(QcaCase::outcome).map(QcaCase::caseId).toList();
        return new Row(configuration, cases.size(), cases.stream().map(QcaCase::caseId).toList(), withOutcome,
                (double) withOutcome.size() / cases.size());
    }

    private static int trueFirst(List<Boolean> first, List<Boolean> second) {
        for (int i = 0; i < first.size(); i++) {
            int order = Boolean.compare(second.get(i), first.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static void requireConditions(List<String> conditions) {
        if (conditions == null || conditions.isEmpty() || conditions.size() > MAX_CONDITIONS) {
            throw new IllegalArgumentException("a truth table needs 1 to " + MAX_CONDITIONS + " conditions");
        }
        conditions.forEach(condition -> Require.text(condition, "condition"));
        if (new HashSet<>(conditions).size() != conditions.size()) {
            throw new IllegalArgumentException("conditions must be distinct: " + conditions);
        }
    }

    private static void requireCases(Collection<QcaCase> cases, List<String> conditions) {
        Require.present(cases, "cases");
        Set<String> seen = new HashSet<>();
        for (QcaCase qcaCase : cases) {
            if (!seen.add(qcaCase.caseId())) {
                throw new IllegalArgumentException("case " + qcaCase.caseId() + " appears more than once");
            }
            for (String condition : conditions) {
                if (!qcaCase.conditions().containsKey(condition)) {
                    throw new IllegalArgumentException("case " + qcaCase.caseId() + " has no value for condition "
                            + condition);
                }
            }
        }
    }
}
