package io.revitalization.comparison.scale;

import io.revitalization.comparison.app.readmodel.CaseHistories;
import io.revitalization.comparison.testing.SyntheticCodings;
import io.revitalization.comparison.testing.SyntheticHistories;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.OverviewTable;
import io.revitalization.comparison.domain.analysis.Weighting;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.persistence.UnitCodingRepository;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The overview read from the tallies (shares, distinct cases, exemplars from the most confident codings down,
 * unresolved case-years) equals the overview {@link OverviewTable#cell} computes from every unit, on a thousand
 * synthetic cases with two coders on a tenth of them (some disagreeing, so majority ties), many tied confidences and
 * a multi-valued dimension, for every coder selection, for one year and a range of years, and weighted by case and
 * by case-year.
 */
@QuarkusTest
class OverviewCellsTest {
    private static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    @Inject
    DataSource dataSource;

    @Inject
    UnitCodingRepository codings;

    @Inject
    CaseHistories histories;

    private SyntheticCodings data;

    @BeforeEach
    void generate() throws SQLException {
        if (data == null) {
            data = SyntheticCodings.create(dataSource);
            data.addCases(0, 1000);
            SyntheticHistories.count(histories, data, 0, 1000);
        }
    }

    @Test
    void theTalliedOverviewEqualsTheOverviewOfTheUnits() {
        Map<String, CoderSelection> selections = new LinkedHashMap<>();
        selections.put("consensus=majority", CoderSelection.majority());
        selections.put("consensus=all", CoderSelection.allCoders());
        selections.put("coder=" + SyntheticCodings.SECOND_CODER, CoderSelection.singleCoder(SyntheticCodings.SECOND_CODER));
        int[][] ranges = {{2021, 2025}, {2023, 2023}};
        int unresolvedSeen = 0;
        for (var selection : selections.entrySet()) {
            for (int[] years : ranges) {
                for (Weighting weighting : Weighting.values()) {
                    String[] parameter = selection.getKey().split("=");
                    JsonPath overview = given().queryParam("codebook", data.codebookSlug())
                            .queryParam("weight", weighting.key())
                            .queryParam("groups", data.country("JP") + "," + data.country("TW"))
                            .queryParam("from", years[0]).queryParam("to", years[1]).queryParam(parameter[0], parameter[1])
                            .get("/api/v1/comparisons/overview").then().statusCode(200).extract().response().jsonPath(DOUBLES);
                    List<Map<String, Object>> expectedUnresolved = new ArrayList<>();
                    int index = 0;
                    for (String dimension : SyntheticCodings.DIMENSIONS) {
                        for (String country : List.of("JP", "TW")) {
                            String what = selection.getKey() + " " + years[0] + "–" + years[1] + " " + dimension + " "
                                    + country + " by " + weighting.key();
                            assertSameCell(overview.getMap("cells[" + index++ + "]"),
                                    reference(dimension, data.country(country), selection.getValue(), years, weighting,
                                            expectedUnresolved), what);
                        }
                    }
                    assertThat(overview.getInt("nUnresolved")).as(selection.getKey()).isEqualTo(expectedUnresolved.size());
                    assertThat(overview.getList("unresolved")).as(selection.getKey())
                            .isEqualTo(expectedUnresolved.subList(0, Math.min(ListedCases.LIMIT, expectedUnresolved.size())));
                    assertThat(overview.getString("weighting")).isEqualTo(weighting.key());
                    unresolvedSeen += expectedUnresolved.size();
                }
            }
        }
        assertThat(unresolvedSeen).as("ties and cases the second coder did not code").isPositive();
    }

    private OverviewTable.Cell reference(String dimension, String group, CoderSelection selection, int[] years,
                                         Weighting weighting, List<Map<String, Object>> unresolved) {
        var resolution = QuarkusTransaction.requiringNew().call(() -> selection.resolve(codings.ofGroup(
                data.codebookId(), 1, dimension, new GroupRef(Grouping.COUNTRY, group), years[0], years[1])));
        resolution.unresolved().forEach(unit -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("group", group);
            entry.put("caseId", unit.caseId());
            entry.put("year", unit.year());
            entry.put("reason", unit.reason().name());
            unresolved.add(entry);
        });
        return OverviewTable.cell(new OverviewTable.Input(dimension, group, weighting.reweigh(resolution.units())),
                OverviewTable.Settings.DEFAULT);
    }

    @SuppressWarnings("unchecked")
    private static void assertSameCell(Map<String, Object> read, OverviewTable.Cell expected, String what) {
        assertThat(read.get("n")).as(what + " n").isEqualTo(expected.n());
        assertThat(read.get("caseIds")).as(what + " caseIds").isEqualTo(expected.caseIds());
        List<Map<String, Object>> dominant = (List<Map<String, Object>>) read.get("dominantCodes");
        assertThat(dominant).as(what + " dominant codes").hasSameSizeAs(expected.dominantCodes());
        for (int i = 0; i < dominant.size(); i++) {
            Map<String, Object> code = dominant.get(i);
            OverviewTable.DominantCode expectedCode = expected.dominantCodes().get(i);
            String which = what + " " + expectedCode.code();
            assertThat(code.get("code")).as(which).isEqualTo(expectedCode.code());
            assertThat(((Number) code.get("share")).doubleValue()).as(which + " share")
                    .isCloseTo(expectedCode.share(), within(1e-9));
            assertThat(code.get("n")).as(which + " n").isEqualTo(expectedCode.n());
            assertThat(code.get("caseIds")).as(which + " caseIds").isEqualTo(expectedCode.caseIds());
            List<Map<String, Object>> exemplars = (List<Map<String, Object>>) code.get("exemplars");
            assertThat(exemplars).as(which + " exemplars").hasSameSizeAs(expectedCode.exemplars());
            for (int j = 0; j < exemplars.size(); j++) {
                OverviewTable.Exemplar exemplar = expectedCode.exemplars().get(j);
                assertThat(exemplars.get(j).get("caseId")).as(which + " exemplar " + j).isEqualTo(exemplar.caseId());
                assertThat(exemplars.get(j).get("year")).as(which + " exemplar " + j).isEqualTo(exemplar.year());
                assertThat(exemplars.get(j).get("evidence")).as(which + " exemplar " + j).isEqualTo(exemplar.evidence());
            }
        }
    }
}
