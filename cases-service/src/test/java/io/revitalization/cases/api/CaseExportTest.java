package io.revitalization.cases.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.cases.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.revitalization.cases.testing.Api.caseWith;
import static io.revitalization.cases.testing.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CaseExportTest {
    private UUID lead;
    private String open;
    private String sensitive;

    @BeforeEach
    void createCases() {
        lead = Api.university("JP");
        open = unique("export-open");
        sensitive = unique("export-sensitive");
        Api.create(caseWith(lead, Map.of("slug", open, "country", "JP",
                "title", Map.of("zh-TW", "高知大學「地方橋接者」", "ja", "高知大学の地域コーディネーター🌊", "en", "=HYPERLINK(\"x\")"),
                "sdgs", List.of(4, 11), "themes", List.of("liaison", "talent"))));
        Api.create(caseWith(lead, Map.of("slug", sensitive, "sensitive", true,
                "summary", Map.of("en", "community memory of a disaster"))));
    }

    @Test
    void csvIsUtf8WithABomAndLeavesSensitiveCasesOutForAnonymousReaders() throws IOException {
        Response export = Api.anonymous().queryParam("format", "csv").queryParam("institution", lead.toString())
                .get("/api/v1/cases/export");

        export.then().statusCode(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("cases.csv");
        byte[] bytes = export.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = csvRows(bytes);
        List<String> header = rows.get(0);
        assertThat(rows).hasSize(2);
        Map<String, String> row = record(header, rows.get(1));
        assertThat(row).containsEntry("slug", open)
                .containsEntry("title_zh-TW", "高知大學「地方橋接者」")
                .containsEntry("title_ja", "高知大学の地域コーディネーター🌊")
                .containsEntry("title_en", "'=HYPERLINK(\"x\")")
                .containsEntry("sdgs", "4;11")
                .containsEntry("themes", "liaison; talent")
                .containsEntry("country", "JP");
    }

    @Test
    void curatorsExportSensitiveCasesToo() throws IOException {
        byte[] bytes = Api.curator().queryParam("institution", lead.toString()).get("/api/v1/cases/export").asByteArray();

        List<List<String>> rows = csvRows(bytes);
        assertThat(rows.stream().skip(1).map(r -> record(rows.get(0), r).get("slug"))).containsExactly(open, sensitive);
    }

    @Test
    void jsonIsAnArrayOfCasesInTheShapeImportsTake() throws IOException {
        Response export = Api.anonymous().queryParam("format", "json").queryParam("institution", lead.toString())
                .get("/api/v1/cases/export");

        export.then().statusCode(200);
        JsonNode cases = new ObjectMapper().readTree(export.asByteArray());
        assertThat(cases.isArray()).isTrue();
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).path("slug").asText()).isEqualTo(open);
        assertThat(cases.get(0).path("title").path("ja").asText()).isEqualTo("高知大学の地域コーディネーター🌊");
        assertThat(cases.get(0).path("leadInstitution").isTextual()).isTrue();
        assertThat(cases.get(0).has("id")).isFalse();
    }

    @Test
    void theJsonExportImportsBackUnchanged() throws IOException {
        UUID partner = Api.institution("LOCAL_GOVERNMENT", "JP");
        String rich = unique("export-round-trip");
        Map<String, Object> body = new LinkedHashMap<>(caseWith(lead, Map.of("slug", rich, "country", "JP",
                "summary", Map.of("ja", "年度と学年度の混じる記録", "en", "a record mixing fiscal and academic years"),
                "region", Map.of("prefecture", Map.of("ja", "高知県")),
                "coordinates", Map.of("latitude", 33.56, "longitude", 133.53),
                "institutions", List.of(Map.of("institution", partner.toString(), "role", "LOCAL_GOVERNMENT")),
                "stakeholders", List.of(Map.of("kind", "COMMUNITY", "description", Map.of("en", "a hamlet"))),
                "period", Map.of("startYear", "平成27年度", "endYear", "111學年度", "ongoing", false),
                "indicators", List.of(Map.of("code", "new-jobs", "name", Map.of("en", "New jobs"),
                        "kind", "JOBS_CREATED", "baseline", 0, "baselineYear", "FY2015", "target", 16,
                        "targetYear", 2019, "series", List.of(Map.of("year", "FY2016", "value", 3)))),
                "evidence", List.of(Map.of("source", "seed:000_33b908bba84e1ab1", "locator", "II.A ¶3",
                        "supports", "summary")))));
        body.put("testimonies", List.of(Map.of("text", Map.of("ja", "地域の記憶"), "sensitive", true)));
        body.put("provenance", Map.of("region.prefecture", "the university's home prefecture"));
        Api.create(body);
        String before = Api.curator().get("/api/v1/cases/" + rich).then().statusCode(200).extract().asString();

        byte[] exported = Api.curator().queryParam("format", "json").queryParam("ids", rich)
                .get("/api/v1/cases/export").then().statusCode(200).extract().asByteArray();
        JsonNode records = new ObjectMapper().readTree(exported);
        assertThat(records).hasSize(1);

        Api.curator().contentType("application/json").body(exported).post("/api/v1/cases/import").then()
                .statusCode(200).body("unchanged", equalTo(1))
                .body("created", equalTo(0)).body("updated", equalTo(0));
        assertThat(Api.curator().get("/api/v1/cases/" + rich).asString()).isEqualTo(before);

        // the same record under a new slug, as a fresh registry would take it, exports as the original did
        String copy = unique("export-copy");
        ((ObjectNode) records.get(0)).put("slug", copy);
        Api.curator().contentType("application/json").body(records.toString()).post("/api/v1/cases/import").then()
                .statusCode(200).body("created", equalTo(1));
        JsonNode copied = new ObjectMapper().readTree(Api.curator().queryParam("format", "json").queryParam("ids", copy)
                .get("/api/v1/cases/export").asByteArray());
        assertThat(copied).isEqualTo(records);
    }

    @Test
    void anUnknownFormatIs400() {
        Api.anonymous().queryParam("format", "xlsx").get("/api/v1/cases/export").then().statusCode(400);
    }

    private static List<List<String>> csvRows(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = csv.readerForListOf(String.class).readValues(text)) {
            return rows.readAll();
        }
    }

    private static Map<String, String> record(List<String> header, List<String> row) {
        Map<String, String> record = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            record.put(header.get(i), row.get(i));
        }
        return record;
    }
}
