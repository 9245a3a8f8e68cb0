package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void multiValuedUnitSplitsItsWeightOverItsCodes() {
        List<CodedUnit> units = List.of(
                new CodedUnit("kochi-ubc", 2022, List.of("network", "system")),
                new CodedUnit("shinshu-100", 2022, List.of("network")));

        Distribution distribution = Distribution.of(units);

        // network: 1/2 + 1 = 1.5 of 2 case-years; system: 1/2 of 2.
        assertThat(distribution.n()).isEqualTo(2);
        assertThat(distribution.caseIds()).containsExactly("kochi-ubc", "shinshu-100");
        assertThat(distribution.shares())
                .extracting(Distribution.CodeShare::code, Distribution.CodeShare::share, Distribution.CodeShare::n,
                        Distribution.CodeShare::caseIds)
                .containsExactly(
                        tuple("network", 0.75, 2, List.of("kochi-ubc", "shinshu-100")),
                        tuple("system", 0.25, 1, List.of("kochi-ubc")));
    }

    @Test
    void weightedCodingsOfAllCodersCountEachCaseOnce() {
        CoderSelection.Resolution resolution = CoderSelection.allCoders().resolve(List.of(
                new Coding("ncku-guantian", 2023, "lin", List.of("model")),
                new Coding("ncku-guantian", 2023, "sato", List.of("system")),
                new Coding("ntou-maoao", 2023, "lin", List.of("model"))));

        Distribution distribution = Distribution.of(resolution.units());

        assertThat(distribution.n()).isEqualTo(2);
        assertThat(distribution.share("model")).isEqualTo(0.75);
        assertThat(distribution.share("system")).isEqualTo(0.25);
        assertThat(distribution.share("network")).isZero();
    }

    @Test
    void scaleOrderAndZeroSharesWhenBuiltWithAScale() {
        CodeScale stage = CodeScale.ordinal("project", "model", "system", "network");

        Distribution distribution = Distribution.of(List.of(new CodedUnit("a", 2021, List.of("system"))), stage);

        assertThat(distribution.shares()).extracting(Distribution.CodeShare::code, Distribution.CodeShare::share)
                .containsExactly(tuple("project", 0.0), tuple("model", 0.0), tuple("system", 1.0), tuple("network", 0.0));
    }

    @Test
    void byYearCoversEveryYearOfTheRange() {
        CodeScale stage = CodeScale.ordinal("project", "model");
        List<CodedUnit> units = List.of(
                new CodedUnit("a", 2021, List.of("project")),
                new CodedUnit("a", 2023, List.of("model")),
                new CodedUnit("b", 2023, List.of("project")));

        List<Distribution.InYear> years = Distribution.byYear(units, stage, new YearRange(2021, 2023));

        assertThat(years).extracting(Distribution.InYear::year).containsExactly(2021, 2022, 2023);
        assertThat(years).extracting(year -> year.distribution().n()).containsExactly(1, 0, 2);
        assertThat(years.get(1).distribution().shares()).allSatisfy(share -> assertThat(share.share()).isZero());
        assertThat(years.get(2).distribution().share("model")).isEqualTo(0.5);
    }

    @Test
    void refusesUnitsThatDoNotFitTheScale() {
        CodeScale stage = CodeScale.ordinal("project", "model");
        assertThatThrownBy(() -> Distribution.of(List.of(new CodedUnit("a", 2021, List.of("galaxy"))), stage))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'galaxy' is not in the scale");
        assertThatThrownBy(() -> Distribution.of(List.of(new CodedUnit("a", 2021, List.of("project", "model"))), stage))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one code");
    }

    @Test
    void refusesImpossibleUnits() {
        assertThatThrownBy(() -> new CodedUnit("a", 2021, List.of("x"), 0, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
        assertThatThrownBy(() -> new CodedUnit(" ", 2021, List.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caseId");
        assertThatThrownBy(() -> new CodedUnit("a", 2021, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one code");
    }
}
