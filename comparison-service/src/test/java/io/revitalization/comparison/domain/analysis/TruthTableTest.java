package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.revitalization.comparison.domain.analysis.TruthTable.QcaCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TruthTableTest {

    private static final List<QcaCase> CASES = List.of(
            qcaCase("kochi-ubc", true, true, true),
            qcaCase("shinshu-100", true, true, true),
            qcaCase("kochi-planner", true, false, true),
            qcaCase("ryukoku-footpath", true, false, false),
            qcaCase("nsysu-cijin", false, true, false));

    @Test
    void rowsGroupCasesByConfigurationWithOutcomeConsistency() {
        TruthTable table = TruthTable.of("network-diffusion", List.of("national-program", "satellite-offices"), CASES);

        assertThat(table.n()).isEqualTo(5);
        assertThat(table.rows())
                .extracting(TruthTable.Row::configuration, TruthTable.Row::n, TruthTable.Row::caseIds,
                        TruthTable.Row::consistency)
                .containsExactly(
                        tuple(List.of(true, true), 2, List.of("kochi-ubc", "shinshu-100"), 1.0),
                        tuple(List.of(true, false), 2, List.of("kochi-planner", "ryukoku-footpath"), 0.5),
                        tuple(List.of(false, true), 1, List.of("nsysu-cijin"), 0.0));
        assertThat(table.rows().get(1).caseIdsWithOutcome()).containsExactly("kochi-planner");
        assertThat(table.logicalRemainders()).isEqualTo(1);
    }

    @Test
    void consistencyAndCoverageOfASolution() {
        // national-program: 4 cases, 3 with the outcome → consistency 3/4; all 3 outcome cases covered → coverage 1.
        TruthTable.Fit single = TruthTable.fit(List.of(Map.of("national-program", true)), CASES);
        // national-program AND satellite-offices: 2 cases, both with the outcome; 2 of 3 outcome cases covered.
        TruthTable.Fit conjunction = TruthTable.fit(
                List.of(Map.of("national-program", true, "satellite-offices", true)), CASES);
        TruthTable.Fit nobody = TruthTable.fit(
                List.of(Map.of("national-program", false, "satellite-offices", false)), CASES);

        assertThat(single.consistency()).isEqualTo(0.75);
        assertThat(single.coverage()).isEqualTo(1.0);
        assertThat(single.caseIds()).containsExactly("kochi-planner", "kochi-ubc", "ryukoku-footpath", "shinshu-100");
        assertThat(conjunction.consistency()).isEqualTo(1.0);
        assertThat(conjunction.coverage()).isEqualTo(2.0 / 3);
        assertThat(nobody.n()).isZero();
        assertThat(nobody.consistency()).isNull();
        assertThat(nobody.coverage()).isZero();
    }

    @Test
    void aDisjunctionCountsEachCaseOnce() {
        TruthTable.Fit disjunction = TruthTable.fit(List.of(
                Map.of("national-program", true, "satellite-offices", true),
                Map.of("national-program", true)), CASES);

        assertThat(disjunction.n()).isEqualTo(4);
        assertThat(disjunction.withOutcome()).isEqualTo(3);
    }

    @Test
    void refusesIncompleteOrDuplicateCases() {
        List<QcaCase> incomplete = List.of(new QcaCase("a", Map.of("national-program", true), true));
        assertThatThrownBy(() -> TruthTable.of("o", List.of("national-program", "satellite-offices"), incomplete))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no value for condition satellite-offices");
        assertThatThrownBy(() -> TruthTable.of("o", List.of("national-program"), List.of(CASES.get(0), CASES.get(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than once");
        assertThatThrownBy(() -> TruthTable.fit(List.of(), CASES)).isInstanceOf(IllegalArgumentException.class);
    }

    private static QcaCase qcaCase(String caseId, boolean nationalProgram, boolean satelliteOffices, boolean outcome) {
        return new QcaCase(caseId, Map.of("national-program", nationalProgram, "satellite-offices", satelliteOffices),
                outcome);
    }
}
