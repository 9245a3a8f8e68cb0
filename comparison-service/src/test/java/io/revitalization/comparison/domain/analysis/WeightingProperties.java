package io.revitalization.comparison.domain.analysis;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WeightingProperties {
    private static final CodeScale SCALE = CodeScale.multiValued("a", "b", "c");

    @Property
    void byCaseEveryCaseWeighsOne(@ForAll("units") List<CodedUnit> units) {
        Map<String, Double> totals = new HashMap<>();
        Weighting.CASE.reweigh(units).forEach(unit -> totals.merge(unit.caseId(), unit.weight(), Double::sum));
        totals.values().forEach(total -> assertThat(total).isCloseTo(1, within(1e-12)));
    }

    @Property
    void byCaseYearNothingChanges(@ForAll("units") List<CodedUnit> units) {
        assertThat(Weighting.CASE_YEAR.reweigh(units)).isEqualTo(units);
    }

    @Property
    void withinOneYearBothWeightingsGiveTheSameShares(@ForAll("units") List<CodedUnit> units) {
        List<CodedUnit> oneYear = units.stream().filter(unit -> unit.year() == 2023).toList();
        Distribution byCase = Distribution.of(Weighting.CASE.reweigh(oneYear), SCALE);
        Distribution byCaseYear = Distribution.of(Weighting.CASE_YEAR.reweigh(oneYear), SCALE);
        for (String code : SCALE.codes()) {
            assertThat(byCase.share(code)).isCloseTo(byCaseYear.share(code), within(1e-12));
        }
    }

    @Property
    void byCaseTheSharesSumToOneOverTheCases(@ForAll("units") List<CodedUnit> units) {
        Distribution byCase = Distribution.of(Weighting.CASE.reweigh(units), SCALE);
        Set<String> cases = new HashSet<>();
        units.forEach(unit -> cases.add(unit.caseId()));
        double total = byCase.shares().stream().mapToDouble(Distribution.CodeShare::share).sum();
        assertThat(total).isCloseTo(units.isEmpty() ? 0 : 1, within(1e-9));
        assertThat(byCase.n()).isEqualTo(cases.size());
    }

    /** One unit per case and year (weight 1), cases coded in one to five years with one to three codes. */
    @Provide
    Arbitrary<List<CodedUnit>> units() {
        Arbitrary<List<String>> codes = Arbitraries.of("a", "b", "c").set().ofMinSize(1).ofMaxSize(3)
                .map(set -> set.stream().sorted().toList());
        Arbitrary<List<Set<Integer>>> yearsPerCase = Arbitraries.integers().between(2021, 2025).set()
                .ofMinSize(1).ofMaxSize(5).list().ofMaxSize(8);
        return Combinators.combine(yearsPerCase, codes.list().ofSize(40)).as((yearSets, codeSets) -> {
            List<CodedUnit> result = new ArrayList<>();
            for (int c = 0; c < yearSets.size(); c++) {
                for (int year : yearSets.get(c)) {
                    result.add(new CodedUnit("case-" + c, year, codeSets.get(result.size() % codeSets.size()), 1,
                            List.of(), null));
                }
            }
            return result;
        });
    }
}
