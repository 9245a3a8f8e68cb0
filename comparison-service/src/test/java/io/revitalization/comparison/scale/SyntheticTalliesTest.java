package io.revitalization.comparison.scale;

import io.revitalization.comparison.testing.SyntheticCodings;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.domain.analysis.ListedCases;
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

    @Test
    void aFigureListsItsFirstCasesAndPagesThroughAllOfThem() throws SQLException {
        SyntheticCodings data = SyntheticCodings.create(dataSource);
        data.addCases(0, 400);
        String jp = data.country("JP");
        Map<String, Object> scope = Map.of("codebook", data.codebookSlug(), "dimension", "stage", "groupBy", "country",
                "from", 2023, "to", 2023);
        JsonPath distribution = given().queryParams(scope).queryParam("groups", jp)
                .get("/api/v1/comparisons/distributions").then().statusCode(200).extract().jsonPath();
        int n = distribution.getInt("groups[0].years[0].distribution.n");
        List<String> listed = distribution.getList("groups[0].years[0].distribution.caseIds", String.class);
        assertThat(n).as("cases behind JP 2023").isGreaterThan(ListedCases.LIMIT);
        assertThat(listed).hasSize(ListedCases.LIMIT).isSorted();
        assertThat(distribution.getMap("cases", String.class, String.class)).containsOnlyKeys(listed);

        List<String> all = casesBehind(scope, jp, null);
        assertThat(all).hasSize(n).doesNotHaveDuplicates().isSorted().startsWith(listed.toArray(String[]::new));

        List<Map<String, Object>> shares = distribution.getList("groups[0].years[0].distribution.shares");
        Map<String, Object> share = shares.stream().max(java.util.Comparator.comparing(s -> (Integer) s.get("n")))
                .orElseThrow();
        assertThat((Integer) share.get("n")).isGreaterThan(ListedCases.LIMIT);
        List<String> withCode = casesBehind(scope, jp, (String) share.get("code"));
        assertThat(withCode).hasSize((Integer) share.get("n")).isSubsetOf(all)
                .startsWith(((List<?>) share.get("caseIds")).toArray(String[]::new));
    }

    /** Every page of {@code GET /api/v1/comparisons/cases}, following the next cursors. */
    private static List<String> casesBehind(Map<String, Object> scope, String group, String code) {
        List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParams(scope).queryParam("group", group).queryParam("limit", 37);
            if (code != null) {
                request.queryParam("code", code);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/comparisons/cases").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            assertThat(page.getList("items.slug", String.class)).doesNotContainNull();
            cursor = page.getString("next");
        } while (cursor != null);
        return ids;
    }

    /** Whether the distribution has cases. */
    @SuppressWarnings("unchecked")
    private static boolean assertSameDistribution(Map<String, Object> tallied, Map<String, Object> computed, String what) {
        assertThat(tallied.get("n")).as(what).isEqualTo(computed.get("n"));
        assertThat(tallied.get("caseIds")).as(what).isEqualTo(computed.get("caseIds"));
        assertThat((List<?>) tallied.get("caseIds")).as(what).hasSizeLessThanOrEqualTo(ListedCases.LIMIT);
        List<Map<String, Object>> talliedShares = (List<Map<String, Object>>) tallied.get("shares");
        List<Map<String, Object>> computedShares = (List<Map<String, Object>>) computed.get("shares");
        assertThat(talliedShares).as(what).hasSameSizeAs(computedShares);
        for (int i = 0; i < talliedShares.size(); i++) {
            Map<String, Object> a = talliedShares.get(i);
            Map<String, Object> b = computedShares.get(i);
            assertThat(a.get("code")).as(what).isEqualTo(b.get("code"));
            assertThat(a.get("n")).as(what + " " + a.get("code")).isEqualTo(b.get("n"));
            assertThat(a.get("caseIds")).as(what + " " + a.get("code")).isEqualTo(b.get("caseIds"));
            assertThat(((Number) a.get("share")).doubleValue()).as(what + " " + a.get("code"))
                    .isCloseTo(((Number) b.get("share")).doubleValue(), within(1e-9));
        }
        return ((Number) tallied.get("n")).intValue() > 0;
    }
}
