package io.revitalization.partnerships.api;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.partnerships.testing.Api;
import io.revitalization.partnerships.testing.Bodies;
import io.revitalization.partnerships.testing.TestInstitutions.Known;
import io.revitalization.partnerships.testing.TestInstitutions;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.revitalization.partnerships.testing.Api.PARTNERSHIPS;
import static io.revitalization.partnerships.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Bad input answers 400 (or 413) with a problem naming the field; never a 500, and nothing is stored. */
@QuarkusTest
@SuppressWarnings("unchecked")
class BadInputTest {
    private static final String PROBLEM = "application/problem+json";

    private final TestInstitutions institutions;

    BadInputTest(TestInstitutions institutions) {
        this.institutions = institutions;
    }

    private Map<String, Object> validBody() {
        return Bodies.partnership(Bodies.slug("bad-input"), institutions.university("tw", "TW"),
                institutions.university("jp", "JP"));
    }

    private void refused(Map<String, Object> body, String field) {
        as(TestTokens.curator()).body(body).post(PARTNERSHIPS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem(field));
        given().get(PARTNERSHIPS + "/" + body.get("slug")).then().statusCode(404);
    }

    @Test
    void wrongTypesAreNamed() {
        Map<String, Object> body = validBody();
        body.put("kind", 5);
        refused(body, "kind");

        body = validBody();
        body.put("public", "yes");
        refused(body, "public");

        body = validBody();
        body.put("members", "kochi-university");
        refused(body, "members");

        body = validBody();
        ((Map<String, Object>) body.get("agreement")).put("start", "next spring");
        refused(body, "agreement.start");

        body = validBody();
        body.put("kind", "JOINT_VENTURE");
        refused(body, "kind");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        Map<String, Object> body = validBody();
        body.remove("title");
        body.remove("kind");
        body.remove("public");
        as(TestTokens.curator()).body(body).post(PARTNERSHIPS)
                .then().statusCode(400).body("errors.field", hasItems("kind"));
        body.put("kind", "JOINT_COURSE");
        as(TestTokens.curator()).body(body).post(PARTNERSHIPS)
                .then().statusCode(400).body("errors.field", hasItems("title", "public"));

        Map<String, Object> blankTitle = validBody();
        blankTitle.put("title", Map.of("en", "  "));
        refused(blankTitle, "title");
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        Map<String, Object> body = validBody();
        body.put("version", 7);
        refused(body, "version");

        body = validBody();
        ((Map<String, Object>) body.get("title")).put("fr", "Cours commun");
        refused(body, "title.fr");
    }

    @Test
    void limitsOfStringsAndListsAreEnforced() {
        Map<String, Object> body = validBody();
        ((Map<String, Object>) body.get("title")).put("en", "x".repeat(301));
        refused(body, "title.en");

        body = validBody();
        body.put("themes", Collections.nCopies(21, "green-care"));
        refused(body, "themes");

        body = validBody();
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            members.add(Bodies.member("member-" + i, "PARTNER"));
        }
        body.put("members", members);
        refused(body, "members");

        body = validBody();
        body.put("slug", "s".repeat(81));
        refused(body, "slug");

        body = validBody();
        body.put("evidence", List.of(Map.of("source", "x", "quote", "q".repeat(2001))));
        refused(body, "evidence[0].quote");
    }

    @Test
    void unknownInstitutionsAndInconsistentAgreementsAreNamed() {
        Map<String, Object> body = validBody();
        ((List<Map<String, Object>>) body.get("members")).set(1, Bodies.member("no-such-university", "PARTNER"));
        refused(body, "members[1].institution");

        body = validBody();
        body.put("agreement", Map.of("start", "2025-04-01", "end", "2024-03-31", "status", "ACTIVE"));
        refused(body, "agreement.end");

        body = validBody();
        body.put("agreement", Map.of("start", "9999-01-01", "status", "ACTIVE"));
        refused(body, "agreement.start");

        body = validBody();
        body.put("agreement", Map.of("status", "ACTIVE", "documentUrl", "javascript:alert(1)"));
        refused(body, "agreement.documentUrl");
    }

    @Test
    void sqlMetacharactersAreDataNotCode() {
        Map<String, Object> body = validBody();
        body.put("slug", "x'; drop table partnership; --");
        refused(body, "slug");

        body = validBody();
        body.put("slug", "8f14e45f-ceea-467f-a8f6-2e3d3c1b1a7e");
        refused(body, "slug");

        body = validBody();
        ((Map<String, Object>) body.get("title")).put("en", "O'Brien \"; DROP TABLE partnership; --");
        String id = Api.create(body, TestTokens.curator());
        given().get(PARTNERSHIPS + "/" + id).then().statusCode(200)
                .body("title.en", equalTo("O'Brien \"; DROP TABLE partnership; --"));

        given().queryParam("theme", "x' or '1'='1").get(PARTNERSHIPS)
                .then().statusCode(400).body("errors[0].field", equalTo("theme"));
        given().queryParam("institution", "x' or '1'='1").get(PARTNERSHIPS)
                .then().statusCode(400).body("errors[0].field", equalTo("institution"));
        given().get(PARTNERSHIPS + "/x' or '1'='1").then().statusCode(404);
        given().urlEncodingEnabled(false).get(PARTNERSHIPS + "/nul%00byte").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("path"));
    }

    @Test
    void cjkAndEmojiRoundTripByteForByte() {
        Map<String, Object> body = validBody();
        Map<String, Object> title = new HashMap<>(Map.of(
                "zh-TW", "里山里海 🌊🏯 旗津「女神、女鬼與女兒」𠮷",
                "ja", "里山・里海 🍵 高知大学 ｶﾀｶﾅ 𩸽",
                "en", "Satoyama–satoumi 👩‍🎓 co-learning"));
        body.put("title", title);
        String id = Api.create(body, TestTokens.curator());

        given().get(PARTNERSHIPS + "/" + id).then().statusCode(200).body("title", equalTo(title));
    }

    @Test
    void textWithNulCharactersIsRefused() {
        Map<String, Object> body = validBody();
        ((Map<String, Object>) body.get("title")).put("en", "before\u0000after");
        refused(body, "title.en");
    }

    @Test
    void badQueryParametersAreNamed() {
        given().queryParam("limit", 201).get(PARTNERSHIPS).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "ten").get(PARTNERSHIPS).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("cursor", "not-a-cursor").get(PARTNERSHIPS).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("year", "MMXXV").get(PARTNERSHIPS).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().queryParam("kind", "CARTEL").get(PARTNERSHIPS).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().queryParam("country", "japan").get(PARTNERSHIPS).then().statusCode(400)
                .body("errors[0].field", equalTo("country"));
        given().queryParam("withinDays", -1).get(PARTNERSHIPS + "/agreements/ending").then().statusCode(400)
                .body("errors[0].field", equalTo("withinDays"));
        given().get(PARTNERSHIPS + "/agreements/ending").then().statusCode(400)
                .body("errors[0].field", equalTo("withinDays"));
    }

    @Test
    void malformedHeadersNeverCauseAServerError() {
        Map<String, Object> body = validBody();
        String id = Api.create(body, TestTokens.curator());

        given().header("Accept-Language", ";;;q=abc,,").get(PARTNERSHIPS + "/" + id)
                .then().statusCode(200).body("displayTitle", equalTo("Joint course " + body.get("slug")));
        as(TestTokens.curator()).header("If-Match", "not-an-etag").body(body).put(PARTNERSHIPS + "/" + id)
                .then().statusCode(412);
        as(TestTokens.curator()).header("Idempotency-Key", "k".repeat(201)).body(validBody()).post(PARTNERSHIPS)
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void malformedAndOversizedBodiesAreRefused() {
        as(TestTokens.curator()).body("{\"slug\": ").post(PARTNERSHIPS)
                .then().statusCode(400).contentType(PROBLEM);

        Map<String, Object> body = validBody();
        body.put("description", Map.of("en", "x".repeat(1_100_000)));
        as(TestTokens.curator()).body(body).post(PARTNERSHIPS).then().statusCode(413);
        given().get(PARTNERSHIPS + "/" + body.get("slug")).then().statusCode(404);
    }

    @Test
    void updatesRefuseBadInputByName() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        String slug = Bodies.slug("bad-updates");
        Api.create(Bodies.partnership(slug, lead, partner), TestTokens.curator());
        String token = TestTokens.partner(partner.id());
        String updates = PARTNERSHIPS + "/" + slug + "/updates";

        Map<String, Object> body = Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL");
        body.put("direction", "SIDEWAYS");
        as(token).body(body).post(updates).then().statusCode(400).body("errors.field", hasItem("direction"));

        body = Bodies.update("ACTIVITY", "2099-03-01", "MUTUAL");
        as(token).body(body).post(updates).then().statusCode(400).body("errors.field", hasItem("date"));

        body = Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL");
        body.put("text", Map.of());
        as(token).body(body).post(updates).then().statusCode(400).body("errors.field", hasItem("text"));

        body = Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL");
        body.put("links", Collections.nCopies(11, "https://example.org"));
        as(token).body(body).post(updates).then().statusCode(400).body("errors.field", hasItem("links"));

        body = Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL");
        body.put("links", List.of("ftp://example.org/file"));
        as(token).body(body).post(updates).then().statusCode(400).body("errors.field", hasItem("links[0]"));

        body = Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL");
        body.put("participants", List.of(Map.of("country", "Japan", "kind", "STUDENTS", "count", -3)));
        as(token).body(body).post(updates).then().statusCode(400)
                .body("errors.field", hasItems("participants[0].country", "participants[0].count"));

        body = Bodies.update("PHASE_CHANGE_REQUEST", "2025-03-01", "MUTUAL");
        as(token).body(body).post(updates).then().statusCode(400).body("errors.field", hasItem("requestedPhase"));

        body = Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL");
        body.put("requestedPhase", "CO_CREATION");
        as(token).body(body).post(updates).then().statusCode(400).body("errors.field", hasItem("requestedPhase"));

        given().get(updates).then().statusCode(200).body("items", hasSize(0));
        given().get(updates + "/not-an-id").then().statusCode(404).body("type", startsWith("https://"));
    }
}
