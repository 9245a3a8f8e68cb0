package io.revitalization.comparison.domain.analysis;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A truth table read from configuration tallies (split over groups that share no case, as countries are) equals the
 * truth table computed case by case, whatever the cases' codes, the outcome and the conditions.
 */
class CaseConfigurationProperties {
    private static final List<String> DIMENSIONS = List.of("a", "b", "c");
    private static final List<String> CODES = List.of("x", "y", "z");

    @Property(tries = 300)
    void talliedTruthTableEqualsTheTableOfTheCases(@ForAll("cases") Map<String, Map<String, List<String>>> cases,
                                                   @ForAll("memberships") CaseConfiguration.Membership outcome,
                                                   @ForAll("conditions") List<CaseConfiguration.Membership> conditions,
                                                   @ForAll long seed) {
        CaseConfiguration.Table tallied = CaseConfiguration.table(outcome, conditions, tallies(cases, new Random(seed)));

        List<String> dimensions = new ArrayList<>(List.of(outcome.dimension()));
        conditions.forEach(condition -> dimensions.add(condition.dimension()));
        List<TruthTable.QcaCase> qcaCases = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        cases.forEach((caseId, codes) -> {
            if (dimensions.stream().allMatch(codes::containsKey)) {
                Map<String, Boolean> memberships = new LinkedHashMap<>();
                conditions.forEach(condition -> memberships.put(condition.name(), condition.holdsFor(codes)));
                qcaCases.add(new TruthTable.QcaCase(caseId, memberships, outcome.holdsFor(codes)));
            } else if (dimensions.stream().anyMatch(codes::containsKey)) {
                leftOut.add(caseId);
            }
        });
        List<String> names = conditions.stream().map(CaseConfiguration.Membership::name).toList();
        TruthTable computed = TruthTable.of(outcome.name(), names, qcaCases);

        assertThat(tallied.table()).isEqualTo(computed);
        for (int i = 0; i < computed.rows().size(); i++) {
            Map<String, Boolean> configuration = new LinkedHashMap<>();
            for (int c = 0; c < names.size(); c++) {
                configuration.put(names.get(c), computed.rows().get(i).configuration().get(c));
            }
            assertThat(tallied.coverages().get(i)).as("coverage of row " + i)
                    .isEqualTo(TruthTable.fit(List.of(configuration), qcaCases).coverage());
        }
        assertThat(tallied.leftOut()).isEqualTo(leftOut.size());
        assertThat(tallied.leftOutListed()).isEqualTo(ListedCases.first(leftOut));
    }

    @Property(tries = 200)
    void aConfigurationReadsBackAsItsCodes(@ForAll("codes") Map<String, List<String>> codes) {
        Map<String, List<String>> sorted = new TreeMap<>();
        codes.forEach((dimension, list) -> sorted.put(dimension, new TreeSet<>(list).stream().toList()));
        assertThat(CaseConfiguration.decode(CaseConfiguration.encode(codes))).isEqualTo(sorted);
    }

    /** Each configuration's cases split at random over two groups, each group's tally listing its first cases. */
    private static List<CaseConfiguration.Tally> tallies(Map<String, Map<String, List<String>>> cases, Random random) {
        Map<String, TreeSet<String>> byGroupAndConfiguration = new TreeMap<>();
        cases.forEach((caseId, codes) -> byGroupAndConfiguration.computeIfAbsent(random.nextInt(2) + "|"
                + CaseConfiguration.encode(codes), key -> new TreeSet<>()).add(caseId));
        List<CaseConfiguration.Tally> tallies = new ArrayList<>();
        byGroupAndConfiguration.forEach((key, ids) -> tallies.add(new CaseConfiguration.Tally(
                key.substring(key.indexOf('|') + 1), ids.size(), ListedCases.first(ids))));
        return tallies;
    }

    @Provide
    Arbitrary<Map<String, Map<String, List<String>>>> cases() {
        return Arbitraries.maps(Arbitraries.integers().between(1, 90).map("case-%02d"::formatted), codes())
                .ofMaxSize(60).map(TreeMap::new);
    }

    @Provide
    Arbitrary<Map<String, List<String>>> codes() {
        return Arbitraries.maps(Arbitraries.of(DIMENSIONS),
                Arbitraries.of(CODES).list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(3);
    }

    @Provide
    Arbitrary<CaseConfiguration.Membership> memberships() {
        return Arbitraries.of(DIMENSIONS).flatMap(dimension -> Arbitraries.of(CODES).map(code ->
                new CaseConfiguration.Membership(dimension + ":" + code, dimension, code)));
    }

    @Provide
    Arbitrary<List<CaseConfiguration.Membership>> conditions() {
        return memberships().list().ofMinSize(1).ofMaxSize(4).uniqueElements(CaseConfiguration.Membership::name);
    }
}
