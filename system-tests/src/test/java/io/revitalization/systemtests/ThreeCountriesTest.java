package io.revitalization.systemtests;

import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15: a third country joins the seed's two, end to end through the gateway. Korean cases are written to
 * cases-service and coded in comparison-service right after (each coding sends back its case's consistency token),
 * then distributions, the distance matrix and the trend compare Japan, Taiwan and Korea in one call each.
 */
class ThreeCountriesTest {
    private static final String TOKEN = "X-Consistency-Token";
    private static final String CODEBOOK = "taiwan-japan-revitalization";
    private static final String GROUPS = "JP,TW,KR";

    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    @Test
    void japanTaiwanAndAThirdCountryAddedThroughTheApiAreComparedInOneCallEach() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String university = "kr-university-" + suffix;
        String institutionToken = asAdmin().body(Map.of("slug", university, "kind", "UNIVERSITY",
                        "name", Map.of("en", "A Korean university in the RISE programme"), "country", "KR"))
                .post("/api/v1/institutions").then().statusCode(201).extract().header(TOKEN);
        int version = asAdmin().get("/api/v1/codebooks/" + CODEBOOK).then().statusCode(200).extract()
                .path("latestVersion");
        List<String> slugs = new ArrayList<>();
        try {
            compareThree(institutionToken, university, suffix, version, slugs);
        } finally {
            removeCases(slugs);
        }
    }

    private static void compareThree(String institutionToken, String university, String suffix, int version,
                                     List<String> slugs) {
        List<String> korean = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String slug = "kr-case-" + i + "-" + suffix;
            var created = asAdmin().header(TOKEN, institutionToken)
                    .body(Map.of("slug", slug, "title", Map.of("en", "Korean case " + i), "country", "KR",
                            "leadInstitution", university))
                    .post("/api/v1/cases").then().statusCode(201).extract();
            slugs.add(slug);
            korean.add(created.path("id"));
            String caseToken = created.header(TOKEN);
            code(caseToken, slug, version, 2021, "individual-project");
            code(caseToken, slug, version, 2025, "replicable-model");
        }

        JsonPath distributions = read("distributions", Map.of("groups", GROUPS));
        assertThat(distributions.getList("groups.group.key")).containsExactly("JP", "TW", "KR");
        assertThat(distributions.getString("weighting")).isEqualTo("case");
        for (int year : List.of(2021, 2025)) {
            String ofKorea = "groups[2].years.find { it.year == " + year + " }.distribution.";
            assertThat(distributions.getList(ofKorea + "caseIds", String.class)).containsAll(korean);
            assertThat(distributions.getInt(ofKorea + "n")).isGreaterThanOrEqualTo(2);
        }

        JsonPath distance = read("distance", Map.of("groups", GROUPS, "bootstrap", "50", "seed", "15",
                "minCases", "1"));
        assertThat(distance.getList("groups.key")).containsExactly("JP", "TW", "KR");
        assertThat(distance.getList("pairs.collect { it.a.key + '-' + it.b.key }"))
                .containsExactly("JP-TW", "JP-KR", "TW-KR");
        List<List<Double>> matrix = distance.getList("matrix.find { it.year == 2021 }.jensenShannonDistance");
        assertThat(matrix).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(matrix.get(i).get(i)).isZero();
            for (int j = 0; j < 3; j++) {
                assertThat(matrix.get(i).get(j)).isEqualTo(matrix.get(j).get(i));
            }
        }
        assertThat(matrix.get(0).get(2)).isCloseTo(distance.getDouble(
                "pairs[1].byYear.find { it.year == 2021 }.jensenShannonDistance.value"), within(1e-12));

        JsonPath trend = read("trend", Map.of("groups", GROUPS, "gap", "mean", "minCases", "1"));
        assertThat(trend.getList("pairs.collect { it.a.key + '-' + it.b.key }"))
                .containsExactly("JP-TW", "JP-KR", "TW-KR");
        assertThat(trend.getInt("pairs[2].byYear.find { it.year == 2021 }.nB")).isGreaterThanOrEqualTo(2);
        assertThat(trend.getInt("pairs[2].byYear.find { it.year == 2025 }.nB")).isGreaterThanOrEqualTo(2);
    }

    /** The Korean cases leave again, so that the suite's other tests read the seed's two countries. */
    private static void removeCases(List<String> slugs) {
        for (String slug : slugs) {
            String etag = asAdmin().get("/api/v1/cases/" + slug).then().statusCode(200).extract().header("ETag");
            asAdmin().header("If-Match", etag).delete("/api/v1/cases/" + slug).then().statusCode(204);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(SUITE.gatewayUrl())
                .queryParams(Map.of("dimension", "strategy-stage", "groups", "KR"))
                .get("/api/v1/comparisons/distributions").statusCode() == 400);
    }

    private static void code(String caseToken, String slug, int version, int year, String stage) {
        asAdmin().header(TOKEN, caseToken)
                .body(Map.of("codebook", CODEBOOK, "codebookVersion", version, "case", slug, "year", year,
                        "dimension", "strategy-stage", "codes", List.of(stage), "coder", "three-countries-test",
                        "confidence", 0.8))
                .post("/api/v1/codings").then().statusCode(201);
    }

    /** An anonymous read through the gateway, as a dashboard makes it. */
    private static JsonPath read(String name, Map<String, String> params) {
        return given().baseUri(SUITE.gatewayUrl()).queryParams(params).queryParam("dimension", "strategy-stage")
                .get("/api/v1/comparisons/" + name).then().statusCode(200).extract().response()
                .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static RequestSpecification asAdmin() {
        return given().baseUri(SUITE.gatewayUrl()).header("X-API-Key", SUITE.adminKey()).contentType(ContentType.JSON);
    }
}
