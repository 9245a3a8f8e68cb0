package io.revitalization.comparison.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.app.readmodel.CaseHistories;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.analysis.CodeScale;
import io.revitalization.comparison.domain.analysis.CodedUnit;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.MinimumSample;
import io.revitalization.comparison.domain.analysis.WithinCaseChange;
import io.revitalization.comparison.persistence.UnitCodingRepository;
import io.revitalization.comparison.testing.SyntheticCodings;
import io.revitalization.comparison.testing.SyntheticHistories;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thesis's change within cases read from the history tallies equals the change computed from every coding of
 * the groups (trajectories, their summary and the first trajectories listed), for several selections and ranges of
 * years, on synthetic cases coded in two years each.
 */
@QuarkusTest
class TalliedChangeTest {
    private static final CodeScale STAGE = CodeScale.ordinal("p", "m", "s", "n");
    private static final int MIN_CASES = 5;
    private static final double CONFIDENCE = 0.9;

    @Inject
    DataSource dataSource;

    @Inject
    UnitCodingRepository codings;

    @Inject
    CaseHistories histories;

    @Inject
    ObjectMapper json;

    @Test
    void theTalliedChangeEqualsTheChangeOfTheCodings() throws Exception {
        SyntheticCodings data = SyntheticCodings.create(dataSource);
        data.addCases(0, 300);
        SyntheticHistories.count(histories, data, 0, 300);
        Map<String, CoderSelection> selections = new LinkedHashMap<>();
        selections.put("consensus=majority", CoderSelection.majority());
        selections.put("consensus=all", CoderSelection.allCoders());
        selections.put("coder=" + SyntheticCodings.SECOND_CODER, CoderSelection.singleCoder(SyntheticCodings.SECOND_CODER));
        int[][] ranges = {{2021, 2025}, {2022, 2024}};
        int measured = 0;
        for (var selection : selections.entrySet()) {
            for (int[] years : ranges) {
                String[] parameter = selection.getKey().split("=");
                String body = given().queryParam("codebook", data.codebookSlug()).queryParam("dimension", "stage")
                        .queryParam("a", data.country("JP")).queryParam("b", data.country("TW"))
                        .queryParam("from", years[0]).queryParam("to", years[1])
                        .queryParam("minCases", MIN_CASES).queryParam("confidence", CONFIDENCE)
                        .queryParam(parameter[0], parameter[1])
                        .get("/api/v1/comparisons/thesis").then().statusCode(200).extract().asString();
                JsonNode direction = json.readTree(body).at("/dimensions/0/direction");
                String what = selection.getKey() + " " + years[0] + "–" + years[1];
                for (String side : List.of("A", "B")) {
                    String country = side.equals("A") ? "JP" : "TW";
                    List<WithinCaseChange.CaseTrajectory> trajectories = trajectories(data, country,
                            selection.getValue(), years);
                    WithinCaseChange.GroupChange change = WithinCaseChange.summary(trajectories,
                            new MinimumSample(MIN_CASES), CONFIDENCE);
                    measured += change.n();
                    assertThat(direction.get(side.toLowerCase())).as(what + " change of " + country)
                            .isEqualTo(json.valueToTree(change));
                    assertThat(direction.get("trajectories" + side)).as(what + " trajectories of " + country)
                            .isEqualTo(json.valueToTree(trajectories.stream().limit(ListedCases.LIMIT).toList()));
                }
            }
        }
        assertThat(measured).as("cases coded in two years").isPositive();
    }

    private List<WithinCaseChange.CaseTrajectory> trajectories(SyntheticCodings data, String country,
                                                               CoderSelection selection, int[] years) {
        List<CodedUnit> units = QuarkusTransaction.requiringNew().call(() -> selection.resolve(codings.ofGroup(
                data.codebookId(), 1, "stage", new GroupRef(Grouping.COUNTRY, data.country(country)), years[0],
                years[1])).units());
        return WithinCaseChange.trajectories(units, STAGE);
    }
}
