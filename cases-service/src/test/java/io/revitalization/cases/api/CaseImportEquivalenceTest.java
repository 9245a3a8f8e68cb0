package io.revitalization.cases.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.cases.testing.Api;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A case imported in bulk is stored exactly as the single create of the same body stores it: the record with its
 * search texts and readings, its first revision and its outbox event (all but id, slug and times); and a record the
 * single create refuses is rejected by the import with the same fields and messages, named by its line. This is
 * what any faster import path must keep.
 */
@QuarkusTest
class CaseImportEquivalenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Test
    void importedCasesAreStoredAsSingleCreatesStoreThem() throws Exception {
        UUID taiwan = Api.university("TW");
        UUID japan = Api.university("JP");
        UUID town = Api.institution("LOCAL_GOVERNMENT", "JP");
        List<Map<String, Object>> bodies = List.of(
                Api.minimalCase(taiwan, "Tainan river school"),
                varied(japan, town, "令和3年", false),
                varied(japan, town, "2019", true),
                varied(taiwan, null, "民國110年", false));
        String run = Api.unique("eq");
        List<String> imported = new ArrayList<>();
        List<String> single = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < bodies.size(); i++) {
            imported.add(run + "-import-" + i);
            single.add(run + "-single-" + i);
            lines.append(JSON.writeValueAsString(withSlug(bodies.get(i), imported.get(i)))).append('\n');
            Api.create(withSlug(bodies.get(i), single.get(i)));
        }
        Api.curator().contentType(CaseImportResource.NDJSON).body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/cases/import").then().statusCode(200).body("created", equalTo(bodies.size()));

        for (int i = 0; i < bodies.size(); i++) {
            for (String stored : List.of(
                    "SELECT to_jsonb(c) - 'id' - 'slug' - 'created_at' - 'updated_at' FROM case_record c "
                            + "WHERE c.slug = ?",
                    // each request of these tests is made with a key of its own
                    "SELECT to_jsonb(r) - 'case_id' - 'changed_at' - 'author_subject' FROM case_revision r "
                            + "JOIN case_record c ON c.id = r.case_id WHERE c.slug = ?",
                    "SELECT jsonb_build_object('topic', o.topic, 'type', o.type, 'source', o.source, "
                            + "'aggregate', o.aggregate_id = c.id::text, 'subject', o.subject = c.slug, "
                            + "'payload', o.payload::jsonb - 'id' - 'slug' - 'updatedAt') "
                            + "FROM outbox_message o JOIN case_record c ON o.aggregate_id = c.id::text "
                            + "WHERE c.slug = ?")) {
                List<String> ofImport = rows(stored, imported.get(i));
                assertThat(ofImport).as(stored).hasSize(1);
                assertThat(ofImport).as(stored).isEqualTo(rows(stored, single.get(i)));
            }
        }
    }

    @Test
    void aRecordRefusedByASingleCreateIsRejectedByTheImportWithTheSameErrorsAndItsLine() throws Exception {
        UUID lead = Api.university("TW");
        List<Map<String, Object>> refused = List.of(
                Map.of("country", "XX", "sdgs", List.of(18)),
                Map.of("surprise", true),
                Map.of("period", Map.of("startYear", "平成99年")),
                Map.of("title", Map.of("en", "")));
        StringBuilder lines = new StringBuilder();
        List<List<Map<String, Object>>> singleErrors = new ArrayList<>();
        for (Map<String, Object> fields : refused) {
            Map<String, Object> body = Api.caseWith(lead, fields);
            body.put("slug", Api.unique("refused"));
            Response answer = Api.curator().body(body).post("/api/v1/cases");
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(400);
            singleErrors.add(answer.jsonPath().getList("errors"));
            lines.append(JSON.writeValueAsString(body)).append('\n');
        }
        Response report = Api.curator().contentType(CaseImportResource.NDJSON)
                .body(lines.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/cases/import");

        report.then().statusCode(200);
        assertThat(report.jsonPath().getList("rejections.line", Integer.class)).containsExactly(1, 2, 3, 4);
        for (int i = 0; i < refused.size(); i++) {
            assertThat(report.jsonPath().<Map<String, Object>>getList("rejections[" + i + "].errors"))
                    .as(refused.get(i).toString()).isEqualTo(singleErrors.get(i));
        }
    }

    private static Map<String, Object> varied(UUID lead, UUID participant, Object startYear, boolean ongoing) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Map.of("ja", "長野県の地域づくり", "en", "Placemaking in Nagano", "zh-TW", "長野縣地方創生"));
        body.put("summary", Map.of("ja", "大学が地域と協働して取り組む。", "en", "A university works with residents."));
        body.put("country", participant == null ? "TW" : "JP");
        body.put("region", Map.of("prefecture", Map.of("ja", "長野県", "en", "Nagano")));
        body.put("leadInstitution", lead.toString());
        List<Map<String, Object>> institutions = new ArrayList<>();
        institutions.add(Map.of("institution", lead.toString(), "role", "LEAD_UNIVERSITY"));
        if (participant != null) {
            institutions.add(Map.of("institution", participant.toString(), "role", "LOCAL_GOVERNMENT"));
        }
        body.put("institutions", institutions);
        body.put("stakeholders", List.of(Map.of("kind", "COMMUNITY", "description",
                Map.of("ja", "地域住民", "en", "Residents"))));
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("startYear", startYear);
        period.put("ongoing", ongoing);
        body.put("period", period);
        body.put("sdgs", List.of(4, 11));
        body.put("themes", List.of("education", "placemaking"));
        return body;
    }

    private static Map<String, Object> withSlug(Map<String, Object> body, String slug) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("slug", slug);
        return copy;
    }

    private List<String> rows(String select, String slug) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setString(1, slug);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
                return found.stream().sorted().collect(Collectors.toList());
            }
        }
    }
}
