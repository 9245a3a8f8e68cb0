package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.events.EventTypes;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The text cases-service withholds (a sensitive case's; a sensitive testimony's) is withheld here too, from the same
 * readers: codings' evidence and notes, the overview's exemplars, the cases listed behind a figure.
 */
@QuarkusTest
class WithheldTextTest {
    private static final String SECRET = "the withheld memory of the Cijin women ";

    @Test
    void aSensitiveCasesCodingsShowTheirTextOnlyToCuratorsAdminsAndItsLeadInstitution() {
        String codebook = Fixtures.codebook();
        UUID lead = UUID.randomUUID();
        TestCase sensitive = sensitiveCase(Fixtures.unique("S"), lead);
        String quote = SECRET + UUID.randomUUID();
        String id = coding(codebook, sensitive, quote, "a note that repeats the summary");

        given().queryParam("case", sensitive.slug()).get("/api/v1/codings").then().statusCode(200)
                .body("items", empty());
        given().get("/api/v1/codings/" + id).then().statusCode(200)
                .body("codes", equalTo(List.of("x")))
                .body("evidence", nullValue()).body("note", nullValue())
                .body("withheld", equalTo(List.of("evidence", "note")));
        given().auth().oauth2(TestTokens.partner(UUID.randomUUID())).queryParam("case", sensitive.slug())
                .get("/api/v1/codings").then().statusCode(200).body("items", empty());
        for (String reader : List.of(TestTokens.partner(lead), TestTokens.curator(), TestTokens.admin())) {
            given().auth().oauth2(reader).queryParam("case", sensitive.slug()).get("/api/v1/codings")
                    .then().statusCode(200).body("items.evidence.quote", equalTo(List.of(quote)))
                    .body("items[0].withheld", empty());
            given().auth().oauth2(reader).get("/api/v1/codings/" + id).then().statusCode(200)
                    .body("evidence.quote", equalTo(quote)).body("note", equalTo("a note that repeats the summary"));
        }
    }

    @Test
    void anAnswerIsMarkedEveryonesOnlyForReadersWhoMayReadNoMoreThanAnAnonymousReader() {
        String codebook = Fixtures.codebook();
        String country = Fixtures.unique("V");
        UUID lead = UUID.randomUUID();
        coding(codebook, sensitiveCase(country, lead), SECRET + UUID.randomUUID(), null);
        Map<String, String> overview = Map.of("codebook", codebook, "groups", country, "from", "2023", "to", "2023");

        // what the gateway may keep for every caller with the same rights (RFC 9111 3.5)
        given().queryParams(overview).get("/api/v1/comparisons/overview").then().statusCode(200)
                .header("Cache-Control", "public, no-cache");
        given().auth().oauth2(TestTokens.partner(UUID.randomUUID())).queryParams(overview)
                .get("/api/v1/comparisons/overview").then().statusCode(200)
                .header("Cache-Control", "public, no-cache");
        // readers who may read the withheld text: their answer is theirs alone
        for (String reader : List.of(TestTokens.partner(lead), TestTokens.curator())) {
            given().auth().oauth2(reader).queryParams(overview).get("/api/v1/comparisons/overview")
                    .then().statusCode(200).header("Cache-Control", "private, no-cache");
        }
    }

    @Test
    void theOverviewAndTheCasesBehindAFigureLeaveASensitiveCaseOutForReadersWhoMayNotReadIt() {
        String codebook = Fixtures.codebook();
        String country = Fixtures.unique("W");
        UUID lead = UUID.randomUUID();
        TestCase sensitive = sensitiveCase(country, lead);
        TestCase open = Fixtures.knownCase(country, List.of("P"), UUID.randomUUID());
        String secret = SECRET + UUID.randomUUID();
        String visible = "an open quote " + UUID.randomUUID();
        coding(codebook, sensitive, secret, null);
        Fixtures.quotedCoding(codebook, open, 2023, "value", "reader", visible, "x");
        Map<String, String> overview = Map.of("codebook", codebook, "groups", country, "from", "2023", "to", "2023");
        Map<String, String> behind = Map.of("codebook", codebook, "dimension", "value", "group", country,
                "from", "2023", "to", "2023");

        Response anonymous = given().queryParams(overview).get("/api/v1/comparisons/overview");
        anonymous.then().statusCode(200);
        assertThat(anonymous.asString()).contains(visible).doesNotContain(secret);
        // counts reveal no text: both cases still count
        assertThat(anonymous.jsonPath().getInt("cells.find { it.dimension == 'value' }.n")).isEqualTo(2);
        given().queryParams(behind).get("/api/v1/comparisons/cases").then().statusCode(200)
                .body("items.id", equalTo(List.of(open.id().toString())));
        given().auth().oauth2(TestTokens.partner(UUID.randomUUID())).queryParams(behind)
                .get("/api/v1/comparisons/cases").then().statusCode(200)
                .body("items.id", equalTo(List.of(open.id().toString())));

        Response curator = given().auth().oauth2(TestTokens.curator()).queryParams(overview)
                .get("/api/v1/comparisons/overview");
        assertThat(curator.asString()).contains(visible).contains(secret);
        assertThat(curator.header("ETag")).isNotEqualTo(anonymous.header("ETag"));
        // an anonymous reader's ETag never earns a curator the anonymous answer, nor the other way round
        given().auth().oauth2(TestTokens.curator()).queryParams(overview).header("If-None-Match",
                anonymous.header("ETag")).get("/api/v1/comparisons/overview").then().statusCode(200);
        given().queryParams(overview).header("If-None-Match", curator.header("ETag"))
                .get("/api/v1/comparisons/overview").then().statusCode(200);
        for (String reader : List.of(TestTokens.curator(), TestTokens.partner(lead))) {
            assertThat(given().auth().oauth2(reader).queryParams(behind).get("/api/v1/comparisons/cases")
                    .jsonPath().getList("items.id", String.class))
                    .containsExactlyInAnyOrder(open.id().toString(), sensitive.id().toString());
        }
        assertThat(given().auth().oauth2(TestTokens.partner(lead)).queryParams(overview)
                .get("/api/v1/comparisons/overview").asString()).contains(secret);
    }

    @Test
    void aCodingCitingASensitiveTestimonyIsListedWithoutItsText() {
        String codebook = Fixtures.codebook();
        TestCase caseState = Fixtures.caseState(Fixtures.unique("T"), List.of("P"), UUID.randomUUID());
        TestCase withTestimony = caseState.at(1, Map.of("testimonies", List.of(
                testimony("interview", "p. 7", true), testimony("interview", "p. 9", false))));
        Fixtures.publish(EventTypes.CASE_CREATED, withTestimony.id(), withTestimony.state());
        Fixtures.awaitCaseKnown(withTestimony.slug());
        String cited = citing(codebook, withTestimony, "value", "p. 7");
        String other = citing(codebook, withTestimony, "policy", "p. 9");

        given().get("/api/v1/codings/" + cited).then().statusCode(200).body("evidence", nullValue())
                .body("withheld", equalTo(List.of("evidence", "note")));
        given().get("/api/v1/codings/" + other).then().statusCode(200).body("evidence.locator", equalTo("p. 9"))
                .body("withheld", empty());
        given().queryParam("case", withTestimony.slug()).get("/api/v1/codings").then().statusCode(200)
                .body("items.id", hasItem(cited)).body("items.evidence.quote", not(hasItem("quoting p. 7")));
        given().auth().oauth2(TestTokens.curator()).get("/api/v1/codings/" + cited).then().statusCode(200)
                .body("evidence.quote", equalTo("quoting p. 7"));
        Response overview = given().queryParams(Map.of("codebook", codebook, "groups", withTestimony.state()
                .get("country"), "from", "2023", "to", "2023")).get("/api/v1/comparisons/overview");
        assertThat(overview.asString()).contains("quoting p. 9").doesNotContain("quoting p. 7");
    }

    private static TestCase sensitiveCase(String country, UUID lead) {
        TestCase state = Fixtures.caseState(country, List.of("P"), lead);
        TestCase sensitive = state.at(1, Map.of("sensitive", true,
                "sensitiveReason", Map.of("en", "community memory of a disaster")));
        Fixtures.publish(EventTypes.CASE_CREATED, sensitive.id(), sensitive.state());
        Fixtures.awaitCaseKnown(sensitive.slug());
        return sensitive;
    }

    private static Map<String, Object> testimony(String source, String locator, boolean sensitive) {
        return Map.of("speaker", Map.of("en", "a resident"), "text", Map.of("en", "words at " + locator),
                "source", Map.of("source", source, "locator", locator), "sensitive", sensitive);
    }

    private static String coding(String codebook, TestCase caseEvent, String quote, String note) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("codebook", codebook, "codebookVersion", 1,
                "case", caseEvent.slug(), "year", 2023, "dimension", "value", "codes", List.of("x"),
                "confidence", 0.9, "evidence", Map.of("source", "seed:000", "locator", "III.B", "quote", quote)));
        if (note != null) {
            body.put("note", note);
        }
        return given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/codings").then().statusCode(201).extract().path("id");
    }

    private static String citing(String codebook, TestCase caseEvent, String dimension, String locator) {
        return given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON)
                .body(Map.of("codebook", codebook, "codebookVersion", 1, "case", caseEvent.slug(), "year", 2023,
                        "dimension", dimension, "codes", List.of("x"), "confidence", 0.9, "evidence",
                        Map.of("source", "interview", "locator", locator, "quote", "quoting " + locator)))
                .post("/api/v1/codings").then().statusCode(201).extract().path("id");
    }
}
