package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A codebook's table rows (label, position, insight) and its path dimensions: stored, shown, enforced. */
@QuarkusTest
class CodebookRowsAndPathsTest {

    @Test
    void aRowsLabelAndInsightRoundTripAndAPathTakesOneStagePerStep() {
        String slug = Fixtures.unique("rows-");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of(
                        "slug", slug, "title", Map.of("en", "Rows"),
                        "dimensions", List.of(pathDimension(Map.of("id", "a3", "label", Map.of("en", "a3"),
                                "order", 3)))))
                .post("/api/v1/codebooks").then().statusCode(201)
                .body("dimensions[0].rowLabel.zh-TW", equalTo("核心演化路徑"))
                .body("dimensions[0].rowOrder", equalTo(2))
                .body("dimensions[0].insight.en", equalTo("Both mature"))
                .body("dimensions[0].rowEvidence[0].locator", equalTo("IV.B table"))
                .body("dimensions[0].scale", equalTo("PATH"));

        Fixtures.TestCase aCase = Fixtures.knownCase("JP", List.of(), UUID.randomUUID());
        Map<String, Object> coding = Map.of("codebook", slug, "codebookVersion", 1, "case", aCase.slug(), "year", 2025,
                "dimension", "path", "codes", List.of("a1", "b1"));
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(coding)
                .post("/api/v1/codings").then().statusCode(400).body("errors[0].field", equalTo("codes[1]"));
        Map<String, Object> path = new java.util.HashMap<>(coding);
        path.put("codes", List.of("a2", "a1"));
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(path)
                .post("/api/v1/codings").then().statusCode(201);
    }

    @Test
    void aStageNeedsItsStepAndAnInsightItsRow() {
        Map<String, Object> withoutStep = pathDimension(Map.of("id", "a3", "label", Map.of("en", "a3")));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of(
                        "slug", Fixtures.unique("rows-"), "title", Map.of("en", "Rows"),
                        "dimensions", List.of(withoutStep)))
                .post("/api/v1/codebooks").then().statusCode(400)
                .body("errors[0].field", equalTo("dimensions[0].codes[3].order"));
        Map<String, Object> insightAlone = Map.of("id", "v", "label", Map.of("en", "v"), "scale", "NOMINAL",
                "insight", Map.of("en", "an insight"), "codes", List.of(Map.of("id", "x", "label", Map.of("en", "x"))));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of(
                        "slug", Fixtures.unique("rows-"), "title", Map.of("en", "Rows"),
                        "dimensions", List.of(insightAlone)))
                .post("/api/v1/codebooks").then().statusCode(400)
                .body("errors[0].field", equalTo("dimensions[0].rowLabel"));
    }

    /** Stages a1 (step 1), b1 (step 1), a2 (step 2) and the given fourth one. */
    private static Map<String, Object> pathDimension(Map<String, Object> fourth) {
        return Map.of("id", "path", "label", Map.of("en", "Path"), "scale", "PATH", "multiValued", true,
                "rowLabel", Map.of("zh-TW", "核心演化路徑", "en", "Core evolution path"), "rowOrder", 2,
                "insight", Map.of("en", "Both mature"),
                "rowEvidence", List.of(Map.of("source", "test", "locator", "IV.B table", "quote", "核心演化路徑")),
                "codes", List.of(Map.of("id", "a1", "label", Map.of("en", "a1"), "order", 1),
                        Map.of("id", "b1", "label", Map.of("en", "b1"), "order", 1),
                        Map.of("id", "a2", "label", Map.of("en", "a2"), "order", 2), fourth));
    }
}
