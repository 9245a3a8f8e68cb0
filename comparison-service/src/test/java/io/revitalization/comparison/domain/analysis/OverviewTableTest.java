package io.revitalization.comparison.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.revitalization.comparison.domain.analysis.OverviewTable.DominantCode;
import io.revitalization.comparison.domain.analysis.OverviewTable.Exemplar;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverviewTableTest {

    private static final List<CodedUnit> JAPAN_VALUES = List.of(
            unit("kochi-ubc", 2023, "relationship-population", 0.6, "link between local needs and the university"),
            unit("ryukoku-footpath", 2023, "relationship-population", 0.9, "long-term supporters, not tourists"),
            unit("ryukoku-footpath", 2022, "relationship-population", 0.95, "deep exchange with farmers"),
            unit("shinshu-100", 2023, "relationship-population", null, null),
            unit("kochi-planner", 2023, "talent-circulation", 0.8, "raised local employment"),
            unit("shinshu-100", 2022, "sdgs", 0.5, null));

    @Test
    void dominantCodesWithSharesCasesAndMostConfidentExemplarsFirst() {
        OverviewTable.Cell cell = OverviewTable.cell(
                new OverviewTable.Input("value-orientation", "JP", JAPAN_VALUES), new OverviewTable.Settings(0.2, 3, 2));

        assertThat(cell.n()).isEqualTo(4);
        assertThat(cell.caseIds()).containsExactly("kochi-planner", "kochi-ubc", "ryukoku-footpath", "shinshu-100");
        // 4 of 6 case-years carry relationship-population; talent-circulation and sdgs 1 each (1/6 < 0.2)
        assertThat(cell.dominantCodes()).extracting(DominantCode::code, DominantCode::n)
                .containsExactly(tuple("relationship-population", 3));
        DominantCode dominant = cell.dominantCodes().get(0);
        assertThat(dominant.share()).isEqualTo(4.0 / 6);
        assertThat(dominant.caseIds()).containsExactly("kochi-ubc", "ryukoku-footpath", "shinshu-100");
        assertThat(dominant.exemplars()).containsExactly(
                new Exemplar("ryukoku-footpath", 2022, 0.95, List.of("deep exchange with farmers")),
                new Exemplar("kochi-ubc", 2023, 0.6, List.of("link between local needs and the university")));
    }

    @Test
    void topCodesAreCappedAndOrderedByShare() {
        OverviewTable.Settings settings = new OverviewTable.Settings(0.1, 2, 1);
        OverviewTable.Cell japan = OverviewTable.cell(new OverviewTable.Input("value-orientation", "JP", JAPAN_VALUES),
                settings);
        OverviewTable.Cell taiwan = OverviewTable.cell(new OverviewTable.Input("value-orientation", "TW", List.of()),
                settings);

        assertThat(japan.dominantCodes()).extracting(DominantCode::code)
                .containsExactly("relationship-population", "sdgs");
        assertThat(japan.dominantCodes().get(1).exemplars()).extracting(Exemplar::caseId)
                .containsExactly("shinshu-100");
        assertThat(taiwan.n()).isZero();
        assertThat(taiwan.dominantCodes()).isEmpty();
    }

    @Test
    void refusesImpossibleSettings() {
        assertThatThrownBy(() -> new OverviewTable.Settings(0, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OverviewTable.Settings(0.25, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static CodedUnit unit(String caseId, int year, String code, Double confidence, String evidence) {
        return new CodedUnit(caseId, year, List.of(code), 1, evidence == null ? List.of() : List.of(evidence), confidence);
    }
}
