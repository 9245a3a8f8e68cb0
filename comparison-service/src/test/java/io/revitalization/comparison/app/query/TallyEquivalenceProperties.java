package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.analysis.CodeScale;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.Distribution;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.persistence.TallyRepository;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Distributions read from tallies equal distributions computed from the units, whatever the coders, codes and
 * selection, and whatever the order in which the units' contributions were added.
 */
class TallyEquivalenceProperties {
    private static final CodeScale SCALE = CodeScale.multiValued("a", "b", "c", "d");

    @Property(tries = 300)
    void tallyDistributionsEqualUnitDistributions(@ForAll("codings") List<Coding> codings,
                                                  @ForAll("selections") CoderSelection selection,
                                                  @ForAll long shuffleSeed) {
        Map<String, List<Coding>> byCase = codings.stream().collect(Collectors.groupingBy(Coding::caseId));
        List<String> caseOrder = new ArrayList<>(byCase.keySet());
        Collections.shuffle(caseOrder, new java.util.Random(shuffleSeed));
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Map<String, TreeSet<String>> cases = new HashMap<>();
        for (String caseId : caseOrder) {
            Map<String, BigDecimal> contribution = Selections.contribution(selection, byCase.get(caseId));
            contribution.forEach((code, weight) -> {
                weights.merge(code, weight, BigDecimal::add);
                weights.merge(TallyRepository.WHOLE, weight, BigDecimal::add);
                cases.computeIfAbsent(code, c -> new TreeSet<>()).add(caseId);
                cases.computeIfAbsent(TallyRepository.WHOLE, c -> new TreeSet<>()).add(caseId);
            });
        }
        List<TallyRepository.Row> rows = weights.entrySet().stream()
                .map(entry -> new TallyRepository.Row("g", 2021, entry.getKey(), entry.getValue(),
                        cases.get(entry.getKey()).size(),
                        cases.get(entry.getKey()).stream().limit(ListedCases.LIMIT).toList()))
                .toList();

        Distribution fromTallies = TalliedDistributions.distributionOf(rows, SCALE);
        Distribution fromUnits = Distribution.of(selection.resolve(codings).units(), SCALE);

        assertThat(fromTallies.n()).isEqualTo(fromUnits.n());
        assertThat(fromTallies.caseIds()).isEqualTo(fromUnits.caseIds());
        for (int i = 0; i < SCALE.codes().size(); i++) {
            Distribution.CodeShare tallied = fromTallies.shares().get(i);
            Distribution.CodeShare computed = fromUnits.shares().get(i);
            assertThat(tallied.share()).as(tallied.code()).isCloseTo(computed.share(), within(1e-9));
            assertThat(tallied.n()).as(tallied.code()).isEqualTo(computed.n());
            assertThat(tallied.caseIds()).as(tallied.code()).isEqualTo(computed.caseIds());
        }
    }

    @Provide
    Arbitrary<List<Coding>> codings() {
        Arbitrary<Coding> coding = Combinators.combine(
                Arbitraries.integers().between(1, 30).map(i -> "case-%02d".formatted(i)),
                Arbitraries.of("c1", "c2", "c3"),
                Arbitraries.of("a", "b", "c", "d").set().ofMinSize(1).ofMaxSize(3))
                .as((caseId, coder, codes) -> new Coding(caseId, 2021, coder, List.copyOf(codes)));
        // one coding per case and coder, as the service enforces
        return coding.list().ofMaxSize(60).uniqueElements(c -> c.caseId() + "|" + c.coder());
    }

    @Provide
    Arbitrary<CoderSelection> selections() {
        return Arbitraries.of(CoderSelection.majority(), CoderSelection.allCoders(), CoderSelection.singleCoder("c1"),
                CoderSelection.singleCoder("c2"));
    }
}
