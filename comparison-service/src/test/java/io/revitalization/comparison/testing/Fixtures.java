package io.revitalization.comparison.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.revitalization.events.EventJson;
import io.revitalization.events.EventType;
import io.revitalization.events.EventTypes;
import io.revitalization.testsupport.KafkaTestClient;
import io.revitalization.testsupport.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Test data: cases and partnerships as events on the real topics, codebooks and codings through the API. */
public final class Fixtures {
    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Figures are compared to hand computation at 1e-9, so JSON numbers must not be read as floats. */
    public static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    private Fixtures() {
    }

    public static JsonPath json(Response response) {
        return response.jsonPath(DOUBLES);
    }

    /** A value no other test (or test run) uses, for slugs, group keys and coders. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public static KafkaTestClient kafka() {
        return new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    /** A case as tests use it: id, slug and the state last published. */
    public record TestCase(UUID id, String slug, Map<String, Object> state) {
        /** The same case at another version, with some fields changed. */
        public TestCase at(long version, Map<String, Object> changes) {
            Map<String, Object> next = new HashMap<>(state);
            next.putAll(changes);
            next.put("version", version);
            return new TestCase(id, slug, next);
        }
    }

    /**
     * A case.* payload as JSON fields (not the contract record, so additive changes to the contract do not break
     * these tests; the consumer ignores what it does not read).
     */
    public static TestCase caseState(String country, List<String> programs, UUID leadInstitution) {
        UUID id = UUID.randomUUID();
        String slug = unique("case-");
        Map<String, Object> state = new HashMap<>();
        state.put("id", id.toString());
        state.put("slug", slug);
        state.put("version", 1);
        state.put("title", Map.of("zh-TW", "案例 " + slug, "en", "Case " + slug));
        state.put("country", country);
        state.put("leadInstitutionId", leadInstitution.toString());
        state.put("institutions", List.of(Map.of("institutionId", leadInstitution.toString(),
                "role", "LEAD_UNIVERSITY")));
        state.put("programs", programs.stream().map(program -> Map.of("program", program)).toList());
        state.put("deleted", false);
        state.put("updatedAt", OffsetDateTime.now().toString());
        return new TestCase(id, slug, state);
    }

    public static Map<String, Object> partnershipState(UUID id, long version, String phase, UUID... members) {
        return Map.of("id", id.toString(), "slug", unique("partnership-"), "version", version, "kind",
                "EXCHANGE_COURSE", "phase", phase, "deleted", false, "isPublic", true,
                "members", Stream.of(members).map(member -> Map.of("institutionId", member.toString(),
                        "country", "TW", "role", "MEMBER")).toList());
    }

    public static String publish(EventType<?> type, UUID aggregateId, Map<String, Object> payload) {
        return publish(type, aggregateId, payload, UUID.randomUUID().toString());
    }

    /** Publishes a CloudEvent in binary mode as the services' outbox relays do; returns its event id. */
    public static String publish(EventType<?> type, UUID aggregateId, Map<String, Object> payload, String eventId) {
        kafka().produce(type.topic(), aggregateId.toString(), EventJson.write(payload), Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", type.name(),
                "ce_source", "/tests",
                "ce_time", OffsetDateTime.now().toString(),
                "ce_subject", aggregateId.toString(),
                "content-type", "application/json"));
        return eventId;
    }

    /** Publishes a new case and waits until the service knows it. */
    public static TestCase knownCase(String country, List<String> programs, UUID leadInstitution) {
        TestCase created = caseState(country, programs, leadInstitution);
        publish(EventTypes.CASE_CREATED, created.id(), created.state());
        awaitCaseKnown(created.slug());
        return created;
    }

    public static void awaitCaseKnown(String slug) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("case", slug).queryParam("limit", 1)
                .get("/api/v1/codings").statusCode() == 200);
    }

    /**
     * A codebook with a nominal dimension {@code value} (x, y, z), a second nominal one {@code policy} (x, y, z),
     * a multi-valued {@code method} (e, f, g) and an ordinal {@code stage} (p &lt; m &lt; s &lt; n).
     */
    public static String codebook() {
        String slug = unique("test-codebook-");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of(
                        "slug", slug,
                        "title", Map.of("en", "Test codebook", "ja", "テスト", "zh-TW", "測試"),
                        "dimensions", List.of(
                                nominal("value", false, "x", "y", "z"),
                                nominal("policy", false, "x", "y", "z"),
                                nominal("method", true, "e", "f", "g"),
                                Map.of("id", "stage", "label", Map.of("en", "Stage", "zh-TW", "階段"),
                                        "scale", "ORDINAL", "multiValued", false,
                                        "codes", List.of(code("p", 1), code("m", 2), code("s", 3), code("n", 4))))))
                .post("/api/v1/codebooks")
                .then().statusCode(201);
        return slug;
    }

    private static Map<String, Object> nominal(String id, boolean multiValued, String... codes) {
        return Map.of("id", id, "label", Map.of("en", id), "scale", "NOMINAL", "multiValued", multiValued,
                "codes", List.of(codes).stream().map(code -> Map.of("id", code, "label", Map.of("en", code))).toList());
    }

    private static Map<String, Object> code(String id, int order) {
        return Map.of("id", id, "label", Map.of("en", id), "order", order);
    }

    /** Posts a coding as an admin (who may name the coder) and expects 201. */
    public static String coding(String codebook, TestCase caseEvent, int year, String dimension, String coder,
                         String... codes) {
        return quotedCoding(codebook, caseEvent, year, dimension, coder, "quote for " + caseEvent.slug(), codes);
    }

    public static String quotedCoding(String codebook, TestCase caseEvent, int year, String dimension, String coder,
                               String quote, String... codes) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("codebook", codebook, "codebookVersion", 1, "case", caseEvent.slug(), "year", year,
                        "dimension", dimension, "codes", List.of(codes), "coder", coder, "confidence", 0.8,
                        "evidence", Map.of("source", "test", "locator", "p. " + year, "quote", quote)))
                .post("/api/v1/codings")
                .then().statusCode(201)
                .extract().path("id");
    }
}
