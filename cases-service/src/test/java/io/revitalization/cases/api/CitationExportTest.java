package io.revitalization.cases.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.cases.testing.Api;
import io.revitalization.cases.testing.CslJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static io.revitalization.cases.testing.Api.caseWith;
import static io.revitalization.cases.testing.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Sources as records, and a record's evidence exported as CSL-JSON and BibTeX. */
@QuarkusTest
class CitationExportTest {
    private String source;
    private String slug;

    @BeforeEach
    void createSourceAndCase() {
        source = unique("moe-report");
        Api.admin().body(Map.of("id", source, "kind", "REPORT",
                        "title", Map.of("zh-TW", "大學社會責任實踐計畫成果報告", "en", "USR results report"),
                        "authors", List.of("Ministry of Education"), "issued", 2022,
                        "url", "https://example.org/usr-report.pdf", "language", "zh-TW"))
                .post("/api/v1/sources").then().statusCode(201).header("Location", "/api/v1/sources/" + source);
        slug = unique("cited");
        Api.create(caseWith(Api.university("TW"), Map.of("slug", slug, "evidence", List.of(
                Map.of("source", source, "locator", "p. 12", "quote", "100% {braces} & 50_50", "supports", "summary"),
                Map.of("source", "interview with a village head, 2023", "quote", "we stayed")))));
    }

    @Test
    void aSourceIsReadBackUnderItsId() {
        Api.anonymous().get("/api/v1/sources/" + source).then().statusCode(200)
                .body("kind", equalTo("REPORT")).body("authors", equalTo(List.of("Ministry of Education")))
                .body("issued", equalTo(2022)).body("title.en", equalTo("USR results report"));
        Api.admin().body(Map.of("id", source, "kind", "REPORT")).post("/api/v1/sources").then().statusCode(409);
        Api.admin().body(Map.of("id", unique("s"), "kind", "WEB_PAGE", "url", "ftp://x")).post("/api/v1/sources")
                .then().statusCode(400).body("errors.field", equalTo(List.of("url")));
    }

    @Test
    void theEvidenceOfACaseExportsAsValidCslJson() throws IOException {
        Response export = Api.anonymous().header("Accept-Language", "en").get("/api/v1/cases/" + slug + "/citations");

        export.then().statusCode(200);
        assertThat(export.contentType()).startsWith("application/vnd.citationstyles.csl+json");
        JsonNode items = new ObjectMapper().readTree(export.asByteArray());
        assertThat(CslJson.problems(items)).isEmpty();
        assertThat(items).hasSize(2);
        JsonNode report = items.get(0);
        assertThat(report.path("id").asText()).isEqualTo(slug + "-1");
        assertThat(report.path("type").asText()).isEqualTo("report");
        assertThat(report.path("title").asText()).isEqualTo("USR results report");
        assertThat(report.path("author").get(0).path("literal").asText()).isEqualTo("Ministry of Education");
        assertThat(report.path("issued").path("date-parts").get(0).get(0).asInt()).isEqualTo(2022);
        assertThat(report.path("locator").asText()).isEqualTo("p. 12");
        assertThat(report.path("note").asText()).isEqualTo("100% {braces} & 50_50");
        assertThat(report.path("custom").path("source").asText()).isEqualTo(source);
        JsonNode interview = items.get(1);
        assertThat(interview.path("type").asText()).isEqualTo("document");
        assertThat(interview.path("title").asText()).isEqualTo("interview with a village head, 2023");
    }

    @Test
    void theSchemaCatchesWhatIsNotCslJson() throws IOException {
        JsonNode notCsl = new ObjectMapper().readTree("[{\"id\": \"x\", \"type\": \"ministry-report\"}]");

        assertThat(CslJson.problems(notCsl)).isNotEmpty();
    }

    @Test
    void theSameEvidenceExportsAsBibtexWithItsSpecialCharactersEscaped() {
        Response byFormat = Api.anonymous().queryParam("format", "bibtex").get("/api/v1/cases/" + slug + "/citations");
        Response byAccept = Api.anonymous().accept("application/x-bibtex").get("/api/v1/cases/" + slug + "/citations");

        byFormat.then().statusCode(200);
        assertThat(byFormat.contentType()).startsWith("application/x-bibtex");
        assertThat(byAccept.asString()).isEqualTo(byFormat.asString());
        assertThat(byFormat.asString())
                .contains("@techreport{" + slug + "-1,")
                .contains("author = {{Ministry of Education}},")
                .contains("year = {2022},")
                .contains("note = {p. 12; “100\\% \\{braces\\} \\& 50\\_50”; source: " + source.replace("_", "\\_")
                        + "; supports: summary},")
                .contains("@misc{" + slug + "-2,");
    }

    @Test
    void anUnknownFormatIsA400AndAnUnknownCaseA404() {
        Api.anonymous().queryParam("format", "ris").get("/api/v1/cases/" + slug + "/citations").then().statusCode(400)
                .body("errors.field", equalTo(List.of("format")));
        Api.anonymous().get("/api/v1/cases/no-such-case/citations").then().statusCode(404);
    }
}
