package io.revitalization.comparison.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.testsupport.TestTokens;
import io.revitalization.values.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The exports a researcher takes to R, SPSS, QCA and a paper's appendix, each read back as documented. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsTest {
    private static final String SEED_CODEBOOK = "taiwan-japan-revitalization";

    private String codebook;
    private TestCase a;
    private TestCase b;
    private TestCase c;

    @BeforeEach
    void codeOnce() {
        if (codebook != null) {
            return;
        }
        codebook = Fixtures.codebook();
        a = Fixtures.knownCase("TW", List.of("P-A"), UUID.randomUUID());
        b = Fixtures.knownCase("JP", List.of("P-B"), UUID.randomUUID());
        c = Fixtures.knownCase("JP", List.of("P-B"), UUID.randomUUID());
        Fixtures.quotedCoding(codebook, a, 2024, "method", "c1", "=SUM(A1) 地方創生, \"quoted\"", "e", "f");
        Fixtures.coding(codebook, b, 2024, "method", "c1", "g");
        Fixtures.coding(codebook, c, 2024, "method", "c1", "e");
        Fixtures.coding(codebook, a, 2024, "value", "c1", "x");
        Fixtures.coding(codebook, b, 2024, "value", "c1", "y");
        Fixtures.coding(codebook, c, 2024, "value", "c1", "x");
    }

    @Test
    void codingsExportAsCsvOneRowPerCoding() throws Exception {
        Response response = given().queryParams(Map.of("codebook", codebook, "dimension", "method"))
                .get("/api/v1/codings/export").then().statusCode(200).extract().response();
        assertThat(response.contentType()).startsWith("text/csv").contains("charset=UTF-8");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"codings.csv\"");
        List<List<String>> rows = withoutBom(response.asByteArray());

        assertThat(rows.get(0)).containsExactlyElementsOf(CodingExportResource.HEADER);
        assertThat(rows).hasSize(4);
        List<String> first = rows.get(1);
        assertThat(first.get(1)).isEqualTo(codebook);
        assertThat(first.get(3)).isEqualTo(a.slug());
        assertThat(first.get(5)).isEqualTo("2024");
        assertThat(first.get(7)).isEqualTo("e; f");
        assertThat(first.get(9)).isEqualTo("0.8");
        assertThat(first.get(12)).as("a formula is defused, commas and quotes survive")
                .isEqualTo("'=SUM(A1) 地方創生, \"quoted\"");
        assertThat(rows.get(2).get(7)).isEqualTo("g");
    }

    @Test
    void codingsExportAsJsonInTheShapeImportsTake() {
        JsonPath json = given().queryParams(Map.of("codebook", codebook, "dimension", "value", "format", "json"))
                .get("/api/v1/codings/export").then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
        assertThat(json.getList("case", String.class)).containsExactly(a.slug(), b.slug(), c.slug());
        assertThat(json.getList("codes.flatten()", String.class)).containsExactly("x", "y", "x");
        assertThat(json.getString("[0].codebook")).isEqualTo(codebook);
        assertThat(json.getInt("[0].codebookVersion")).isEqualTo(1);

        given().queryParams(Map.of("format", "xlsx")).get("/api/v1/codings/export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        given().queryParams(Map.of("codebook", "no-such-codebook")).get("/api/v1/codings/export").then()
                .statusCode(400).body("errors[0].field", equalTo("codebook"));
    }

    @Test
    void theJsonExportImportsBackUnchanged() throws Exception {
        String exported = given().auth().oauth2(TestTokens.admin())
                .queryParams(Map.of("codebook", codebook, "format", "json"))
                .get("/api/v1/codings/export").then().statusCode(200).extract().asString();
        ArrayNode records = (ArrayNode) new ObjectMapper().readTree(exported);
        assertThat(records).hasSize(6);
        assertThat(records.get(0).path("evidence").path("quote").asText()).isEqualTo("=SUM(A1) 地方創生, \"quoted\"");

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(exported)
                .post("/api/v1/codings/import").then().statusCode(200)
                .body("unchanged", equalTo(6)).body("created", equalTo(0)).body("rejected", equalTo(0));
        assertThat(given().auth().oauth2(TestTokens.admin()).queryParams(Map.of("codebook", codebook, "format", "json"))
                .get("/api/v1/codings/export").asString()).isEqualTo(exported);

        // the same records under another codebook with the same dimensions, as a fresh store would take them
        String other = Fixtures.codebook();
        records.forEach(record -> ((ObjectNode) record).put("codebook", other));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(records.toString())
                .post("/api/v1/codings/import").then().statusCode(200).body("created", equalTo(6));
        JsonNode copied = new ObjectMapper().readTree(given().auth().oauth2(TestTokens.admin())
                .queryParams(Map.of("codebook", other, "format", "json")).get("/api/v1/codings/export").asString());
        assertThat(copied).isEqualTo(records);
    }

    @Test
    void qcaMatrixGivesCrispMembershipsPerCase() throws Exception {
        Response response = given().queryParams(Map.of("codebook", codebook, "year", 2024, "outcome", "value:x",
                        "conditions", "method:e,method:g"))
                .get("/api/v1/comparisons/qca-matrix").then().statusCode(200).extract().response();
        assertThat(response.contentType()).startsWith("text/csv");
        List<List<String>> rows = withoutBom(response.asByteArray());

        assertThat(rows.get(0)).containsExactly("case", "case_id", "METHOD_E", "METHOD_G", "VALUE_X");
        assertThat(rows.subList(1, rows.size())).containsExactlyInAnyOrder(
                List.of(a.slug(), a.id().toString(), "1", "0", "1"),
                List.of(b.slug(), b.id().toString(), "0", "1", "0"),
                List.of(c.slug(), c.id().toString(), "1", "0", "1"));

        given().queryParams(Map.of("codebook", codebook, "outcome", "value:nope", "conditions", "method:e"))
                .get("/api/v1/comparisons/qca-matrix").then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
    }

    @Test
    void aMultiValuedDimensionHasNoReliabilityMatrix() {
        given().queryParams(Map.of("codebook", codebook, "dimension", "method"))
                .get("/api/v1/comparisons/reliability-data/matrix").then().statusCode(400)
                .body("errors[0].field", equalTo("dimension"));
    }

    @Test
    void theSeedCodebookDocumentListsEveryDimensionAndCodeInThreeLanguages() {
        JsonPath codebookJson = given().get("/api/v1/codebooks/" + SEED_CODEBOOK).then().statusCode(200)
                .extract().jsonPath();
        Response markdown = given().get("/api/v1/codebooks/" + SEED_CODEBOOK + "/document").then().statusCode(200)
                .extract().response();
        assertThat(markdown.contentType()).startsWith("text/markdown");
        assertThat(markdown.header("Content-Disposition")).contains(SEED_CODEBOOK + "-v");
        String text = markdown.asString();

        List<Map<String, Object>> dimensions = codebookJson.getList("dimensions");
        assertThat(dimensions).isNotEmpty();
        for (int d = 0; d < dimensions.size(); d++) {
            String path = "dimensions[" + d + "]";
            assertThat(text).contains("(`" + codebookJson.getString(path + ".id") + "`)");
            for (String language : LocalizedText.LANGUAGES) {
                assertThat(text).contains(cell(codebookJson.getString(path + ".label." + language)));
                assertThat(text).contains(cell(codebookJson.getString(path + ".definition." + language)));
            }
            List<Object> codes = codebookJson.getList(path + ".codes");
            for (int k = 0; k < codes.size(); k++) {
                String code = path + ".codes[" + k + "]";
                assertThat(text).contains("| `" + codebookJson.getString(code + ".id") + "` |");
                for (String language : LocalizedText.LANGUAGES) {
                    assertThat(text).as(code + " in " + language)
                            .contains(cell(codebookJson.getString(code + ".label." + language)))
                            .contains(cell(codebookJson.getString(code + ".definition." + language)));
                }
                List<String> quotes = codebookJson.getList(code + ".evidence.quote", String.class);
                quotes.forEach(quote -> assertThat(text).contains("“" + quote + "”"));
            }
        }

        JsonPath json = given().queryParam("format", "json").get("/api/v1/codebooks/" + SEED_CODEBOOK + "/document")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertThat(json.getList("dimensions.id")).isEqualTo(codebookJson.getList("dimensions.id"));
        assertThat(json.getMap("dimensions[0].codes[0].label")).containsKeys("zh-TW", "ja", "en");
    }

    @Test
    void aCodebookDocumentRefusesAnUnknownFormatAndVersion() {
        given().queryParam("format", "docx").get("/api/v1/codebooks/" + codebook + "/document").then()
                .statusCode(400).body("errors[0].field", equalTo("format"));
        given().queryParam("version", "9").get("/api/v1/codebooks/" + codebook + "/document").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/codebooks/" + codebook + "/document?version=1")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("## 階段 / Stage (`stage`)"));
    }

    private static String cell(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").replace("|", "\\|");
    }

    private static List<List<String>> withoutBom(byte[] bytes) throws Exception {
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        return KrippendorffExampleTest.csv(text);
    }
}
