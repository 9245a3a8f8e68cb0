package io.revitalization.cases.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.cases.seed.CasesSeedLoader;
import io.revitalization.cases.testing.Api;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.revitalization.cases.testing.Api.caseWith;
import static io.revitalization.cases.testing.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Every bad body is a 400 (or 413) problem naming the field; none is a 500. */
@QuarkusTest
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static UUID lead;

    @Inject
    CasesSeedLoader seed;

    @BeforeEach
    void lead() {
        seed.load();
        if (lead == null) {
            lead = Api.university("TW");
        }
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                // wrong types
                Arguments.of(Map.of("title", 5), "title"),
                Arguments.of(Map.of("sdgs", "four"), "sdgs"),
                Arguments.of(Map.of("sdgs", List.of("four")), "sdgs[0]"),
                Arguments.of(Map.of("sensitive", "yes"), "sensitive"),
                Arguments.of(Map.of("coordinates", "north"), "coordinates"),
                Arguments.of(Map.of("coordinates", Map.of("latitude", 91, "longitude", 0)), "coordinates.latitude"),
                Arguments.of(Map.of("institutions", List.of(Map.of("institution", "x", "role", "BOSS"))), "institutions[0].role"),
                Arguments.of(Map.of("country", "Japan"), "country"),
                // missing names
                Arguments.of(Map.of("title", Map.of()), "title"),
                Arguments.of(Map.of("title", Map.of("en", "  ")), "title"),
                Arguments.of(Map.of("title", Map.of("fr", "Cas")), "title.fr"),
                Arguments.of(Map.of("indicators", List.of(Map.of("code", "x"))), "indicators[0].name"),
                // strings over their limits
                Arguments.of(Map.of("title", Map.of("en", "t".repeat(301))), "title.en"),
                Arguments.of(Map.of("summary", Map.of("ja", "要".repeat(5001))), "summary.ja"),
                Arguments.of(Map.of("themes", List.of("t".repeat(101))), "themes[0]"),
                Arguments.of(Map.of("slug", "s".repeat(101)), "slug"),
                Arguments.of(Map.of("slug", "Not A Slug"), "slug"),
                // lists over their limits
                Arguments.of(Map.of("sdgs", IntStream.rangeClosed(1, 18).map(i -> Math.min(i, 17)).boxed().toList()), "sdgs"),
                Arguments.of(Map.of("themes", IntStream.range(0, 51).mapToObj(i -> "theme-" + i).toList()), "themes"),
                Arguments.of(Map.of("evidence", Collections.nCopies(201, Map.of("source", "s"))), "evidence"),
                // SDG 0 or 18, duplicates
                Arguments.of(Map.of("sdgs", List.of(0)), "sdgs[0]"),
                Arguments.of(Map.of("sdgs", List.of(4, 18)), "sdgs[1]"),
                Arguments.of(Map.of("sdgs", List.of(4, 4)), "sdgs[1]"),
                // impossible years and calendar strings
                Arguments.of(Map.of("period", Map.of("startYear", 0)), "period.startYear"),
                Arguments.of(Map.of("period", Map.of("startYear", 99999)), "period.startYear"),
                Arguments.of(Map.of("period", Map.of("startYear", 2022.5)), "period.startYear"),
                Arguments.of(Map.of("period", Map.of("startYear", "平成32年")), "period.startYear"),
                Arguments.of(Map.of("period", Map.of("startYear", "令和0年")), "period.startYear"),
                Arguments.of(Map.of("period", Map.of("startYear", "民國0年")), "period.startYear"),
                Arguments.of(Map.of("period", Map.of("startYear", "next spring")), "period.startYear"),
                Arguments.of(Map.of("period", Map.of("startYear", true)), "period.startYear"),
                Arguments.of(Map.of("period", Map.of("startYear", 2020, "endYear", "民國105年")), "period.endYear"),
                Arguments.of(Map.of("programs", List.of(Map.of("program", "MOE-USR-PHASE-1", "years", List.of(2024)))), "programs[0].years[0]"),
                Arguments.of(Map.of("programs", List.of(Map.of("program", "NO-SUCH-PROGRAM"))), "programs[0].program"),
                // references and links
                Arguments.of(Map.of("leadInstitution", "no-such-university"), "leadInstitution"),
                Arguments.of(Map.of("evidence", List.of(Map.of("source", "s", "url", "javascript:alert(1)"))), "evidence[0].url"),
                // unknown fields are refused, so ids, versions and owners cannot be set by clients
                Arguments.of(Map.of("version", 7), "version"),
                Arguments.of(Map.of("id", UUID.randomUUID().toString()), "id"),
                // text PostgreSQL cannot store as written
                Arguments.of(Map.of("title", Map.of("en", "nul\u0000byte")), "title.en"),
                Arguments.of(Map.of("themes", List.of("lone\ud800surrogate")), "themes[0]"));
    }

    @ParameterizedTest
    @MethodSource("invalidFields")
    void anInvalidFieldIsA400NamingIt(Map<String, Object> fields, String field) {
        Response response = Api.curator().body(caseWith(lead, fields)).post("/api/v1/cases");

        response.then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @Test
    void aMissingTitleCountryAndLeadAreNamedTogether() {
        Api.curator().body(Map.of()).post("/api/v1/cases").then().statusCode(400)
                .body("errors.field", equalTo(List.of("country", "leadInstitution", "title")));
    }

    @Test
    void bodiesThatAreNotACaseAre400() {
        for (String body : List.of("", "null", "[]", "{", "{\"title\": }", "\"a string\"", "42")) {
            Api.curator().body(body).post("/api/v1/cases").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aBodyOverOneMegabyteIs413() {
        String huge = "{\"title\": {\"en\": \"" + "x".repeat(1_100_000) + "\"}}";

        Api.curator().body(huge).post("/api/v1/cases").then().statusCode(413);
    }

    @Test
    void sqlMetacharactersAreStoredAsText() {
        String title = "'); DROP TABLE case_record; -- %_\\ \" OR 1=1";
        String slug = unique("sql");

        Api.curator().body(caseWith(lead, Map.of("slug", slug, "title", Map.of("en", title), "themes", List.of(title))))
                .post("/api/v1/cases").then().statusCode(201);

        Api.anonymous().get("/api/v1/cases/" + slug).then().statusCode(200).body("title.en", equalTo(title));
        Api.anonymous().queryParam("theme", title).get("/api/v1/cases").then().statusCode(200)
                .body("items.slug", equalTo(List.of(slug)));
        Api.anonymous().queryParam("region", "' OR ''='").get("/api/v1/cases").then().statusCode(200);
    }

    @Test
    void cjkAndEmojiRoundTripByteForByte() throws Exception {
        String text = "高知大学・地方創生・地方创生・𠮷野家 👩‍👩‍👧‍👦🇯🇵🌊 ｶﾀｶﾅ e\u0301 ＡＢＣ\u3000全角";
        String slug = unique("unicode");
        byte[] body = JSON.writeValueAsBytes(caseWith(lead, Map.of("slug", slug,
                "title", Map.of("zh-TW", text, "ja", text, "en", text), "themes", List.of(text))));

        Api.curator().body(body).post("/api/v1/cases").then().statusCode(201);
        byte[] read = Api.anonymous().get("/api/v1/cases/" + slug).asByteArray();

        JsonNode stored = JSON.readTree(read);
        for (String language : List.of("zh-TW", "ja", "en")) {
            assertThat(stored.path("title").path(language).asText().getBytes(StandardCharsets.UTF_8))
                    .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(stored.path("themes").get(0).asText()).isEqualTo(text);
    }

    @Test
    void institutionsAndProgramsValidateToo() {
        Api.admin().body(Map.of("kind", "UNIVERSITY", "country", "TW")).post("/api/v1/institutions")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        Api.admin().body(Map.of("kind", "CASTLE", "country", "TW", "name", Map.of("en", "x")))
                .post("/api/v1/institutions").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        Api.admin().body(Map.of("kind", "NPO", "country", "ZZ", "name", Map.of("en", "x")))
                .post("/api/v1/institutions").then().statusCode(400).body("errors[0].field", equalTo("country"));
        Api.admin().body(Map.of("code", "BAD YEARS", "country", "TW", "name", Map.of("en", "x")))
                .post("/api/v1/programs").then().statusCode(400).body("errors[0].field", equalTo("code"));
        Api.admin().body(Map.of("code", unique("P"), "country", "TW", "name", Map.of("en", "x"),
                        "startYear", "民國110年", "endYear", "平成20年"))
                .post("/api/v1/programs").then().statusCode(400).body("errors[0].field", equalTo("endYear"));
    }
}
