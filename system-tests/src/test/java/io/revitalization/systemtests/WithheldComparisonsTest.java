package io.revitalization.systemtests;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * What cases-service withholds of a sensitive case stays withheld in comparison-service, through the gateway (kept
 * anonymous answers included) and straight at the service, and a partnership that is not public groups no case;
 * authors show by their key's label, not its id; a curator codes as itself; evidence links are kept, and only http(s)
 * ones accepted.
 */
class WithheldComparisonsTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();
    private static final String CIJIN = "nsysu-cijin-goddesses-ghosts-daughters";
    private static final String TOKEN = "X-Consistency-Token";

    @Test
    void aSensitiveCasesCodingsAndExemplarsShowNoTextToAnonymousReaders() {
        String curator = key("curator", "a curator");
        JsonPath cijin = gateway(curator).queryParam("case", CIJIN).get("/api/v1/codings").jsonPath();
        Set<String> cijinQuotes = new HashSet<>(cijin.getList("items.evidence.quote", String.class));
        // quotes the seed also cites for cases that are not sensitive are not Cijin's to withhold (the suite's tests
        // begin once every seed coding is in)
        cijinQuotes.removeAll(gateway(null).queryParams(Map.of("coder", "seed-reading", "limit", "200"))
                .get("/api/v1/codings").jsonPath()
                .getList("items.evidence.quote", String.class));
        assertThat(cijinQuotes).isNotEmpty();
        String codingId = cijin.getString("items[0].id");

        for (RequestSpecification anonymous : List.of(gateway(null), direct())) {
            anonymous.queryParam("case", CIJIN).get("/api/v1/codings").then().statusCode(200)
                    .body("items", equalTo(List.of()));
        }
        for (RequestSpecification anonymous : List.of(gateway(null), gateway(null), direct())) {
            anonymous.get("/api/v1/codings/" + codingId).then().statusCode(200)
                    .body("evidence", equalTo(null)).body("note", equalTo(null))
                    .body("withheld", equalTo(List.of("evidence", "note")));
        }
        Map<String, String> overview = Map.of("groupBy", "country", "groups", "TW");
        // twice through the gateway: the second answer is the kept one
        for (RequestSpecification anonymous : List.of(gateway(null), gateway(null), direct())) {
            String body = anonymous.queryParams(overview).get("/api/v1/comparisons/overview").then().statusCode(200)
                    .extract().asString();
            cijinQuotes.forEach(quote -> assertThat(body).doesNotContain(quote));
        }
        String curatorsOverview = gateway(curator).queryParams(overview).get("/api/v1/comparisons/overview")
                .asString();
        assertThat(cijinQuotes).anyMatch(curatorsOverview::contains);
        gateway(null).queryParams(Map.of("dimension", "policy-driver", "group", "TW", "limit", "200"))
                .get("/api/v1/comparisons/cases").then().statusCode(200)
                .body("items.slug", not(hasItem(CIJIN)));
    }

    @Test
    void authorsShowByLabelACuratorCodesAsItselfAndOnlyHttpLinksAreKept() {
        String label = "second reader " + System.nanoTime();
        String curator = key("curator", label);
        Map<String, Object> coding = Map.of("codebook", "taiwan-japan-revitalization", "codebookVersion", 1,
                "case", "kochi-ubc", "year", 2024, "dimension", "strategy-stage", "codes", List.of("network"),
                "evidence", Map.of("source", "report", "url", "https://example.org/ubc.pdf"));
        await().atMost(Duration.ofSeconds(60)).until(() -> gateway(null).queryParam("case", "kochi-ubc")
                .get("/api/v1/codings").statusCode() == 200);

        gateway(curator).body(Map.of("codebook", "taiwan-japan-revitalization", "codebookVersion", 1,
                        "case", "kochi-ubc", "year", 2024, "dimension", "strategy-stage", "codes", List.of("network"),
                        "coder", "seed-reading"))
                .post("/api/v1/codings").then().statusCode(403).body("errors[0].field", equalTo("coder"));
        gateway(curator).body(Map.of("codebook", "taiwan-japan-revitalization", "codebookVersion", 1,
                        "case", "kochi-ubc", "year", 2024, "dimension", "strategy-stage", "codes", List.of("network"),
                        "evidence", Map.of("source", "report", "url", "javascript:alert(1)")))
                .post("/api/v1/codings").then().statusCode(400).body("errors[0].field", equalTo("evidence.url"));
        String id = gateway(curator).body(coding).post("/api/v1/codings").then().statusCode(201)
                .body("coder", equalTo(label)).body("evidence.url", equalTo("https://example.org/ubc.pdf"))
                .extract().path("id");

        for (RequestSpecification reader : List.of(gateway(null), gateway(curator), direct())) {
            reader.get("/api/v1/codings/" + id).then().statusCode(200)
                    .body("createdBy", equalTo(label)).body("createdByKey", equalTo(null));
        }
        String keyId = gateway(SUITE.adminKey()).get("/api/v1/codings/" + id).then().statusCode(200)
                .body("createdBy", equalTo(label)).extract().path("createdByKey");
        assertThat(keyId).isNotBlank();
        assertThat(gateway(null).queryParam("case", "kochi-ubc").get("/api/v1/codings").asString())
                .doesNotContain(keyId);
    }

    @Test
    void aPartnershipThatIsNoLongerPublicMovesNoCaseInTheComparisons() {
        String suffix = Long.toString(System.nanoTime());
        String lead = "hidden-lead-" + suffix;
        String partner = "hidden-partner-" + suffix;
        List<String> institutionTokens = new ArrayList<>();
        for (String[] institution : List.of(new String[] {lead, "JP"}, new String[] {partner, "TW"})) {
            institutionTokens.add(gateway(SUITE.adminKey()).body(Map.of("slug", institution[0], "kind", "UNIVERSITY",
                            "name", Map.of("en", "University " + institution[0]), "country", institution[1]))
                    .post("/api/v1/institutions").then().statusCode(201).extract().header(TOKEN));
        }
        var createdCase = gateway(SUITE.adminKey()).body(Map.of("title", Map.of("en", "A case of " + lead),
                        "country", "JP", "leadInstitution", lead))
                .post("/api/v1/cases").then().statusCode(201).extract();
        String caseId = createdCase.path("id");
        // each service learns of the institutions and the case through Kafka: a write names them with the tokens
        // their creations answered, so that the service waits until it has them
        gateway(SUITE.adminKey()).header(TOKEN, createdCase.header(TOKEN))
                .body(Map.of("codebook", "taiwan-japan-revitalization", "codebookVersion", 1,
                        "case", caseId, "year", 2024, "dimension", "policy-driver",
                        "codes", List.of("university-mission"), "coder", "system-test"))
                .post("/api/v1/codings").then().statusCode(201);
        Map<String, Object> partnership = new HashMap<>(Map.of("slug", "hidden-" + suffix,
                "title", Map.of("en", "A partnership that stops being public"), "kind", "JOINT_COMPETITION",
                "members", List.of(Map.of("institution", lead, "role", "LEAD"),
                        Map.of("institution", partner, "role", "PARTNER")),
                "public", true));
        String path = "/api/v1/partnerships/hidden-" + suffix;
        gateway(SUITE.adminKey()).header(TOKEN, String.join(",", institutionTokens)).body(partnership)
                .post("/api/v1/partnerships").then().statusCode(201);
        // dated before the coded year: a case-year is grouped by the phase in force that year
        gateway(SUITE.adminKey()).header("If-Match", etagOf(path)).body(Map.of("phase", "THIRD_PHASE",
                        "at", "2023-04-01", "reason", Map.of("en", "a system test declares it")))
                .put(path + "/phase").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> casesIn("THIRD_PHASE").contains(caseId));

        partnership.put("public", false);
        gateway(SUITE.adminKey()).header("If-Match", etagOf(path)).body(partnership).put(path)
                .then().statusCode(200);
        gateway(null).get(path).then().statusCode(404);
        await().atMost(Duration.ofSeconds(60)).until(() -> !casesIn("THIRD_PHASE").contains(caseId));
        assertThat(casesIn("none")).contains(caseId);
        for (String reader : List.of("", key("curator", "a curator"))) {
            assertThat(gateway(reader.isEmpty() ? null : reader).queryParams(Map.of("dimension", "policy-driver",
                            "groupBy", "partnershipPhase", "group", "THIRD_PHASE", "limit", "200"))
                    .get("/api/v1/comparisons/cases").asString()).doesNotContain(caseId);
        }
    }

    /** The cases behind the policy-driver figures of a partnership phase, straight from the service. */
    private static List<String> casesIn(String phase) {
        io.restassured.response.Response page = direct().queryParams(Map.of("dimension", "policy-driver",
                "groupBy", "partnershipPhase", "group", phase, "limit", "200")).get("/api/v1/comparisons/cases");
        return page.statusCode() == 200 ? page.jsonPath().getList("items.id", String.class) : List.of();
    }

    private static String etagOf(String path) {
        return gateway(SUITE.adminKey()).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String key(String role, String label) {
        return gateway(SUITE.adminKey()).body(Map.of("label", label, "role", role)).post("/api/v1/admin/keys")
                .then().statusCode(201).extract().path("key");
    }

    private static RequestSpecification gateway(String key) {
        RequestSpecification request = given().baseUri(SUITE.gatewayUrl()).contentType(ContentType.JSON);
        return key == null ? request : request.header("X-API-Key", key);
    }

    private static RequestSpecification direct() {
        return given().baseUri(SUITE.suite().url(SuiteService.COMPARISON)).contentType(ContentType.JSON);
    }
}
