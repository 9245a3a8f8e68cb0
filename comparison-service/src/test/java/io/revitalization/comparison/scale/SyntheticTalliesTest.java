package io.revitalization.comparison.scale;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * On a thousand synthetic cases (two coders on a tenth of them, some disagreeing, a multi-valued dimension), the
 * distributions read from the tallies equal the distance read's distributions, which are computed from the codings
 * themselves, for every coder selection: the generator writes tallies as the service keeps them, so the scale
 * benchmark measures the real read paths.
 */
@QuarkusTest
class SyntheticTalliesTest {
    private static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    @Inject
    DataSource dataSource;

    @Test
    void tallyDistributionsEqualDistributionsOfTheCodings() throws SQLException {
        SyntheticCodings data = SyntheticCodings.create(dataSource);
        data.addCases(0, 1000);
        String jp = data.country("JP");
        String tw = data.country("TW");
        List<Map<String, String>> selections = List.of(Map.of(), Map.of("consensus", "all"),
                Map.of("coder", SyntheticCodings.CODER), Map.of("coder", SyntheticCodings.SECOND_CODER));
        int compared = 0;
        for (String dimension : List.of("value", "method", "stage")) {
            for (Map<String, String> selection : selections) {
                Map<String, String> query = Map.of("codebook", data.codebookSlug(), "dimension", dimension,
                        "groupBy", "country");
                JsonPath fromTallies = given().queryParams(query).queryParams(selection).queryParam("groups", jp + "," + tw)
                        .get("/api/v1/comparisons/distributions").then().statusCode(200).extract().response()
                        .jsonPath(DOUBLES);
                JsonPath fromCodings = given().queryParams(query).queryParams(selection)
                        .queryParams(Map.of("a", jp, "b", tw, "bootstrap", 1))
                        .get("/api/v1/comparisons/distance").then().statusCode(200).extract().response()
                        .jsonPath(DOUBLES);
                for (int year = 0; year < 5; year++) {
                    String what = dimension + " " + selection + " year " + (2021 + year);
                    if (assertSameDistribution(fromTallies.getMap("groups[0].years[" + year + "].distribution"),
                            fromCodings.getMap("byYear[" + year + "].first.distribution"), "JP " + what)) {
                        compared++;
                    }
                    if (assertSameDistribution(fromTallies.getMap("groups[1].years[" + year + "].distribution"),
                            fromCodings.getMap("byYear[" + year + "].second.distribution"), "TW " + what)) {
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).as("non-empty distributions compared").isGreaterThan(80);
    }

    /** Whether the distribution has cases. */
    @SuppressWarnings("unchecked")
    private static boolean assertSameDistribution(Map<String, Object> tallied, Map<String, Object> computed, String what) {
        assertThat(tallied.get("n")).as(what).isEqualTo(computed.get("n"));
        assertThat(tallied.get("caseIds")).as(what).isEqualTo(computed.get("caseIds"));
        List<Map<String, Object>> talliedShares = (List<Map<String, Object>>) tallied.get("shares");
        List<Map<String, Object>> computedShares = (List<Map<String, Object>>) computed.get("shares");
        assertThat(talliedShares).as(what).hasSameSizeAs(computedShares);
        for (int i = 0; i < talliedShares.size(); i++) {
            Map<String, Object> a = talliedShares.get(i);
            Map<String, Object> b = computedShares.get(i);
            assertThat(a.get("code")).as(what).isEqualTo(b.get("code"));
            assertThat(a.get("caseIds")).as(what + " " + a.get("code")).isEqualTo(b.get("caseIds"));
            assertThat(((Number) a.get("share")).doubleValue()).as(what + " " + a.get("code"))
                    .isCloseTo(((Number) b.get("share")).doubleValue(), within(1e-9));
        }
        return ((Number) tallied.get("n")).intValue() > 0;
    }
}
