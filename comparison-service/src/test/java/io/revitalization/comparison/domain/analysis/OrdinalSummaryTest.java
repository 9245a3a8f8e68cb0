package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrdinalSummaryTest {

    private static final CodeScale STAGE = CodeScale.ordinal("project", "model", "system", "network");

    @Test
    void meanAndMedianOfCodePositions() {
        // positions 1, 2, 2, 4: mean 9/4 = 2.25, median 2
        OrdinalSummary summary = OrdinalSummary.of(units("project", "model", "model", "network"), STAGE);

        assertThat(summary.n()).isEqualTo(4);
        assertThat(summary.mean()).isEqualTo(2.25);
        assertThat(summary.median()).isEqualTo(2.0);
    }

    @Test
    void evenCountMedianIsTheMidpoint() {
        // positions 1, 2, 3, 4 → median (2 + 3) / 2
        assertThat(OrdinalSummary.of(units("network", "model", "system", "project"), STAGE).median()).isEqualTo(2.5);
    }

    @Test
    void weightsOfSeveralCodersCount() {
        // case a: two coders, system (3) and network (4) at 1/2 each; case b: model (2) at 1.
        // mean = (1.5 + 2 + 2) / 2 = 2.75; cumulative weights 1 (at 2), 1.5 (at 3) → half of 2 is reached at 2 exactly,
        // so the median is the midpoint of 2 and 3.
        List<CodedUnit> units = List.of(
                new CodedUnit("a", 2021, List.of("system"), 0.5, List.of(), null),
                new CodedUnit("a", 2021, List.of("network"), 0.5, List.of(), null),
                new CodedUnit("b", 2021, List.of("model")));

        OrdinalSummary summary = OrdinalSummary.of(units, STAGE);

        assertThat(summary.n()).isEqualTo(2);
        assertThat(summary.mean()).isCloseTo(2.75, within(1e-12));
        assertThat(summary.median()).isEqualTo(2.5);
    }

    @Test
    void refusesEmptyGroupsAndNominalScales() {
        assertThatThrownBy(() -> OrdinalSummary.of(List.of(), STAGE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> OrdinalSummary.of(units("x"), CodeScale.nominal("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ordinal scale");
    }

    private static List<CodedUnit> units(String... codes) {
        return IntStream.range(0, codes.length)
                .mapToObj(i -> new CodedUnit("case-" + i, 2021, List.of(codes[i])))
                .toList();
    }
}
