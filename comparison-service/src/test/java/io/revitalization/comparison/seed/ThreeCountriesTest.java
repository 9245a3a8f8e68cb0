package io.revitalization.comparison.seed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A third country joins the seed's two: Korean cases, made known through case events and coded on the seed
 * codebook's strategy stage, compared with Japan and Taiwan in one call of each pairwise read.
 */
@QuarkusTest
class ThreeCountriesTest {
    private static final String CODEBOOK = "taiwan-japan-revitalization";
    private static final String GROUPS = "JP,TW,KR";

    @Test
    void japanTaiwanAndKoreaAreComparedPairwise() {
        SeedCases.known();
        int version = given().get("/api/v1/codebooks/" + CODEBOOK).then().statusCode(200).extract()
                .path("latestVersion");
        for (int i = 0; i < 2; i++) {
            Fixtures.TestCase korean = Fixtures.knownCase("KR", List.of(), UUID.randomUUID());
            code(korean, version, 2021, "individual-project");
            code(korean, version, 2025, "replicable-model");
        }

        JsonPath distributions = read("distributions", Map.of("groups", GROUPS));
        assertThat(distributions.getList("groups.group.key")).containsExactly("JP", "TW", "KR");
        assertThat(distributions.getInt("groups[2].years[0].distribution.n")).isEqualTo(2);

        JsonPath distance = read("distance", Map.of("groups", GROUPS, "bootstrap", "50", "minCases", "1"));
        assertThat(distance.getList("groups.key")).containsExactly("JP", "TW", "KR");
        assertThat(distance.getList("pairs.collect { it.a.key + '-' + it.b.key }"))
                .containsExactly("JP-TW", "JP-KR", "TW-KR");
        assertThat(distance.getMap("$")).doesNotContainKeys("a", "b", "byYear");
        assertThat(distance.getInt("matrix[0].year")).isEqualTo(2021);
        List<List<Double>> matrix2021 = distance.getList("matrix[0].jensenShannonDistance");
        assertThat(matrix2021.get(2).get(2)).isZero();
        assertThat(matrix2021.get(0).get(2)).isEqualTo(matrix2021.get(2).get(0))
                .isEqualTo(distance.getDouble("pairs[1].byYear[0].jensenShannonDistance.value"));
        // every Korean case is an individual project in 2021 and a replicable model in 2025: no Japanese case is
        assertThat(matrix2021.get(0).get(2)).isCloseTo(1.0, within(1e-12));
        JsonPath pair = read("distance", Map.of("a", "JP", "b", "KR", "bootstrap", "50", "minCases", "1"));
        assertThat(pair.getList("byYear")).isEqualTo(distance.getList("pairs[1].byYear"));
        assertThat(pair.getMap("$")).doesNotContainKeys("pairs", "matrix", "groups");

        JsonPath trend = read("trend", Map.of("groups", GROUPS, "gap", "mean", "minCases", "1"));
        assertThat(trend.getList("pairs")).hasSize(3);
        assertThat(trend.getList("pairs[2].byYear.nB", Integer.class)).containsExactly(2, 0, 0, 0, 2);
        assertThat(trend.getString("pairs[2].trend.verdict")).isEqualTo("INSUFFICIENT_DATA");

        JsonPath thesis = read("thesis", Map.of("groups", GROUPS, "minCases", "1"));
        assertThat(thesis.getList("pairs.b.key")).containsExactly("TW", "KR", "KR");
        assertThat(thesis.getDouble("pairs[1].dimensions[0].direction.b.meanPerYear")).isCloseTo(0.25,
                within(1e-9));
        assertThat(thesis.getDouble("pairs[1].dimensions[0].direction.b.shareUp")).isCloseTo(1, within(1e-9));
    }

    @Test
    void aListAndAPairAreNotGivenTogether() {
        given().queryParams(Map.of("dimension", "strategy-stage", "groups", "JP,TW", "a", "JP"))
                .get("/api/v1/comparisons/distance").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("groups"));
        String country = Fixtures.unique("C");
        Fixtures.knownCase(country, List.of(), UUID.randomUUID());
        given().queryParams(Map.of("dimension", "strategy-stage", "groups", country + "," + country))
                .get("/api/v1/comparisons/trend").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("groups"));
    }

    private static JsonPath read(String name, Map<String, String> params) {
        return Fixtures.json(given().queryParams(params).queryParam("dimension", "strategy-stage")
                .queryParam("codebook", CODEBOOK)
                .get("/api/v1/comparisons/" + name).then().statusCode(200).extract().response());
    }

    private static void code(Fixtures.TestCase aCase, int version, int year, String stage) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("codebook", CODEBOOK, "codebookVersion", version, "case", aCase.slug(), "year", year,
                        "dimension", "strategy-stage", "codes", List.of(stage), "coder", "reader",
                        "confidence", 0.8, "evidence", Map.of("source", "test", "locator", "p. " + year,
                                "quote", "quote for " + aCase.slug())))
                .post("/api/v1/codings")
                .then().statusCode(201);
    }
}
