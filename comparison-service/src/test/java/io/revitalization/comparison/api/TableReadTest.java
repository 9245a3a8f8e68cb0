package io.revitalization.comparison.api;

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
 * The table read draws the codebook's rows: the text's labels and insights in the text's order and the caller's
 * language, dominant codes with shares (by case, or by case-year), n and cases, exemplar quotes with locators, and
 * for a path dimension each group's paths.
 */
@QuarkusTest
class TableReadTest {

    @Test
    void theTableDrawsTheCodebooksRowsWithSharesQuotesAndPaths() {
        String codebook = Fixtures.unique("table-");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of(
                        "slug", codebook, "title", Map.of("en", "Table"),
                        "dimensions", List.of(
                                Map.of("id", "unplaced", "label", Map.of("en", "Unplaced"), "scale", "NOMINAL",
                                        "codes", List.of(code("u", null))),
                                Map.of("id", "path", "label", Map.of("en", "Path"), "scale", "PATH",
                                        "multiValued", true,
                                        "rowLabel", text("核心演化路徑", "中核的進化経路", "Core evolution path"),
                                        "rowOrder", 2, "insight", text("洞察二", "洞察2", "Insight two"),
                                        "codes", List.of(code("a1", 1), code("a2", 2), code("b1", 1), code("b2", 2))),
                                Map.of("id", "driver", "label", Map.of("en", "Driver"), "scale", "NOMINAL",
                                        "rowLabel", text("政策脈絡與驅動力", "政策的文脈", "Policy context"),
                                        "rowOrder", 1, "insight", text("洞察一", "洞察1", "Insight one"),
                                        "rowEvidence", List.of(Map.of("source", "test", "locator", "IV.B table",
                                                "quote", "政策脈絡與驅動力")),
                                        "codes", List.of(code("x", null), code("y", null))))))
                .post("/api/v1/codebooks").then().statusCode(201);
        String japan = Fixtures.unique("J");
        String taiwan = Fixtures.unique("T");
        Fixtures.TestCase longCoded = Fixtures.knownCase(japan, List.of(), UUID.randomUUID());
        Fixtures.TestCase onceCoded = Fixtures.knownCase(japan, List.of(), UUID.randomUUID());
        Fixtures.TestCase taiwanese = Fixtures.knownCase(taiwan, List.of(), UUID.randomUUID());
        for (int year = 2021; year <= 2023; year++) {
            Fixtures.quotedCoding(codebook, longCoded, year, "driver", "reader", "national strategy " + year, "x");
        }
        Fixtures.quotedCoding(codebook, onceCoded, 2025, "driver", "reader", "a mission", "y");
        Fixtures.quotedCoding(codebook, taiwanese, 2025, "driver", "reader", "a mission too", "y");
        Fixtures.quotedCoding(codebook, longCoded, 2025, "path", "reader", "from a1 to a2", "a1", "a2");
        Fixtures.quotedCoding(codebook, onceCoded, 2025, "path", "reader", "a1 only", "a1");
        Fixtures.quotedCoding(codebook, taiwanese, 2025, "path", "reader", "from b1 to b2", "b1", "b2");

        JsonPath table = Fixtures.json(given().header("Accept-Language", "ja")
                .queryParams(Map.of("codebook", codebook, "groups", japan + "," + taiwan))
                .get("/api/v1/comparisons/table").then().statusCode(200).extract().response());
        assertThat(table.getString("weighting")).isEqualTo("case");
        assertThat(table.getList("rows.displayLabel")).containsExactly("政策的文脈", "中核的進化経路", "Unplaced");
        assertThat(table.getList("rows.inText")).containsExactly(true, true, false);
        assertThat(table.getString("rows[0].label.zh-TW")).isEqualTo("政策脈絡與驅動力");
        assertThat(table.getString("rows[0].displayInsight")).isEqualTo("洞察1");
        assertThat(table.getString("rows[0].insight.en")).isEqualTo("Insight one");
        assertThat(table.getString("rows[0].evidence[0].locator")).isEqualTo("IV.B table");

        // by case, the case coded in three years counts once: x and y half each in Japan
        Map<String, Object> japanDriver = table.getMap("rows[0].dimensions[0].cells[0]");
        assertThat(japanDriver.get("n")).isEqualTo(2);
        assertThat(table.getList("rows[0].dimensions[0].cells[0].dominantCodes.code")).containsExactly("x", "y");
        assertThat(table.getDouble("rows[0].dimensions[0].cells[0].dominantCodes[0].share")).isCloseTo(0.5, within(1e-9));
        Map<String, Object> exemplar = table.getMap("rows[0].dimensions[0].cells[0].dominantCodes[0].exemplars[0]");
        assertThat(exemplar.get("caseId")).isEqualTo(longCoded.id().toString());
        assertThat(table.getString("rows[0].dimensions[0].cells[0].dominantCodes[0].exemplars[0].quotes[0].locator"))
                .isEqualTo("p. " + exemplar.get("year"));
        assertThat(table.getString("rows[0].dimensions[0].cells[0].dominantCodes[0].exemplars[0].quotes[0].quote"))
                .isEqualTo("national strategy " + exemplar.get("year"));
        assertThat(table.getMap("cases")).containsEntry(longCoded.id().toString(), longCoded.slug());

        // the paths: Japan's two cases on a1 → a2 and a1, Taiwan's on b1 → b2; step 1 is a1 in Japan, b1 in Taiwan
        assertThat(table.getList("rows[1].dimensions[0].cells[0].paths.paths.stages"))
                .containsExactlyInAnyOrder(List.of("a1", "a2"), List.of("a1"));
        assertThat(table.getList("rows[1].dimensions[0].cells[1].paths.paths[0].stages")).containsExactly("b1", "b2");
        assertThat(table.getList("rows[1].dimensions[0].cells[0].paths.steps.step")).containsExactly(1, 2);
        assertThat(table.getList("rows[1].dimensions[0].cells[0].paths.steps[0].stages.code")).containsExactly("a1");
        assertThat(table.getInt("rows[1].dimensions[0].cells[0].paths.steps[1].n")).isEqualTo(1);
        assertThat(table.getString("rows[2].dimensions[0].cells[0].paths")).isNull();

        // by case-year, the case coded three times counts three times
        JsonPath byCaseYear = Fixtures.json(given()
                .queryParams(Map.of("codebook", codebook, "groups", japan + "," + taiwan, "weight", "case-year"))
                .get("/api/v1/comparisons/table").then().statusCode(200).extract().response());
        assertThat(byCaseYear.getString("weighting")).isEqualTo("case-year");
        assertThat(byCaseYear.getDouble("rows[0].dimensions[0].cells[0].dominantCodes[0].share"))
                .isCloseTo(0.75, within(1e-9));
        given().queryParams(Map.of("codebook", codebook, "weight", "per-case")).get("/api/v1/comparisons/table")
                .then().statusCode(400);
    }

    @Test
    void theSeedTableNeedsNoParameters() {
        Fixtures.knownCase("JP", List.of(), UUID.randomUUID());
        Fixtures.knownCase("TW", List.of(), UUID.randomUUID());
        JsonPath table = Fixtures.json(given().get("/api/v1/comparisons/table").then().statusCode(200).extract()
                .response());
        assertThat(table.getString("codebook.slug")).isEqualTo("taiwan-japan-revitalization");
        assertThat(table.getList("groups.key")).containsExactly("JP", "TW");
        assertThat(table.getList("rows")).isNotEmpty();
    }

    private static Map<String, Object> text(String zhTw, String ja, String en) {
        return Map.of("zh-TW", zhTw, "ja", ja, "en", en);
    }

    private static Map<String, Object> code(String id, Integer order) {
        return order == null ? Map.of("id", id, "label", Map.of("en", id))
                : Map.of("id", id, "label", Map.of("en", id), "order", order);
    }
}
