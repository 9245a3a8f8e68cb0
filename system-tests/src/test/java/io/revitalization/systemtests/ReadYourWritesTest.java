package io.revitalization.systemtests;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Issue 22: what one service wrote can be used at once in another, through the gateway, by sending the write's
 * {@code X-Consistency-Token}; without it, the refusal says how.
 */
class ReadYourWritesTest {
    private static final String TOKEN = "X-Consistency-Token";
    private static final String CODEBOOK = "taiwan-japan-revitalization";

    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    @Test
    void aCaseCreatedIsCodedAtOnceWithItsTokenEveryTime() {
        String university = newInstitution("JP").slug();
        String code = talentCode();
        for (int i = 0; i < 100; i++) {
            String slug = "ryw-case-" + UUID.randomUUID().toString().substring(0, 8);
            String token = asAdmin().body(Map.of("slug", slug, "title", Map.of("en", "Coded at once " + i),
                            "country", "JP", "leadInstitution", university))
                    .post("/api/v1/cases").then().statusCode(201).header(TOKEN, notNullValue())
                    .extract().header(TOKEN);

            asAdmin().header(TOKEN, token).body(coding(slug, code))
                    .post("/api/v1/codings").then().statusCode(201);
        }
    }

    @Test
    void casesThenCodingsImportedBackToBackWithTheTokenRejectNothing() {
        String university = newInstitution("TW").slug();
        String code = talentCode();
        List<String> slugs = new ArrayList<>();
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String slug = "ryw-import-" + UUID.randomUUID().toString().substring(0, 8);
            slugs.add(slug);
            cases.append("{\"slug\":\"").append(slug).append("\",\"title\":{\"en\":\"Imported ").append(i)
                    .append("\"},\"country\":\"TW\",\"leadInstitution\":\"").append(university).append("\"}\n");
        }
        var imported = asAdmin().contentType("application/x-ndjson").body(cases.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/cases/import").then().statusCode(200).body("rejected", equalTo(0)).extract();
        String token = imported.header(TOKEN);
        assertThat(token).as("one token for the whole import").doesNotContain(",");

        String codings = slugs.stream().map(slug -> json(coding(slug, code))).collect(Collectors.joining("\n"));
        asAdmin().header(TOKEN, token).contentType("application/x-ndjson")
                .body(codings.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/codings/import").then().statusCode(200)
                .body("rejected", equalTo(0));
    }

    @Test
    void anInstitutionCreatedIsNamedInAPartnershipAtOnceWithItsToken() {
        Created first = newInstitution("TW");
        Created second = newInstitution("JP");

        asAdmin().header(TOKEN, first.token() + ", " + second.token())
                .body(Map.of("slug", "ryw-partnership-" + UUID.randomUUID().toString().substring(0, 8),
                        "title", Map.of("en", "Named at once"), "kind", "JOINT_COURSE", "public", true,
                        "members", List.of(Map.of("institution", first.slug(), "role", "LEAD"),
                                Map.of("institution", second.slug(), "role", "PARTNER"))))
                .post("/api/v1/partnerships").then().statusCode(201);
    }

    @Test
    void withoutTheTokenTheRefusalOfAnUnknownCaseNamesTheToken() {
        asAdmin().body(coding("ryw-no-such-case-" + UUID.randomUUID().toString().substring(0, 8), talentCode()))
                .post("/api/v1/codings").then().statusCode(400)
                .body("errors[0].field", equalTo("case"))
                .body("errors[0].message", containsString(TOKEN));
    }

    @Test
    void aTokenNamingEventsThatNeverCameIsAnsweredUnavailableWithRetryAfter() {
        asAdmin().header(TOKEN, UUID.randomUUID() + ";revit.cases.v1=1")
                .body(coding("ryw-never-" + UUID.randomUUID().toString().substring(0, 8), talentCode()))
                .post("/api/v1/codings").then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("detail", containsString(TOKEN));
    }

    private record Created(String slug, String token) {
    }

    private static Created newInstitution(String country) {
        String slug = "ryw-university-" + UUID.randomUUID().toString().substring(0, 8);
        String token = asAdmin().body(Map.of("slug", slug, "kind", "UNIVERSITY",
                        "name", Map.of("en", "Read Your Writes University"), "country", country))
                .post("/api/v1/institutions").then().statusCode(201).extract().header(TOKEN);
        assertThat(token).isNotBlank();
        return new Created(slug, token);
    }

    private static Map<String, Object> coding(String caseSlug, String code) {
        return Map.of("codebook", CODEBOOK, "codebookVersion", 1, "case", caseSlug, "year", 2024,
                "dimension", "talent-focus", "codes", List.of(code), "coder", "read-your-writes-test",
                "confidence", 0.9);
    }

    private static String json(Map<String, Object> value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String talentCode() {
        JsonPath overview = given().baseUri(SUITE.suite().url(SuiteService.COMPARISON))
                .get("/api/v1/comparisons/overview?groupBy=country&groups=JP,TW").then().statusCode(200)
                .extract().jsonPath();
        List<String> codes = overview.getList("dimensions.find { it.id == 'talent-focus' }.codes.id");
        return codes.get(0);
    }

    private static RequestSpecification asAdmin() {
        return given().baseUri(SUITE.gatewayUrl()).header("X-API-Key", SUITE.adminKey()).contentType(ContentType.JSON);
    }
}
