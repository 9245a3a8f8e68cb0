package io.revitalization.partnerships.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.partnerships.testing.Api;
import io.revitalization.partnerships.testing.Bodies;
import io.revitalization.partnerships.testing.TestInstitutions.Known;
import io.revitalization.partnerships.testing.TestInstitutions;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.revitalization.partnerships.testing.Api.PARTNERSHIPS;
import static io.revitalization.partnerships.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PartnershipUpdatesTest {
    private final TestInstitutions institutions;

    PartnershipUpdatesTest(TestInstitutions institutions) {
        this.institutions = institutions;
    }

    /** A public partnership of a Taiwanese lead and a Japanese partner; returns its slug. */
    private String partnership(Known lead, Known partner) {
        String slug = Bodies.slug("updates");
        Api.create(Bodies.partnership(slug, lead, partner), TestTokens.curator());
        return slug;
    }

    private static String updates(String partnership) {
        return PARTNERSHIPS + "/" + partnership + "/updates";
    }

    @Test
    void authorsAreShownAsTheirInstitutionNeverByTheirKeyId() {
        Known nkust = institutions.university("nkust", "TW");
        Known kochi = institutions.university("kochi", "JP");
        String slug = partnership(nkust, kochi);
        UUID kochiKey = UUID.randomUUID();
        UUID nkustKey = UUID.randomUUID();
        String kochiToken = TestTokens.issue(kochiKey, TestTokens.PARTNER, kochi.id(), "Kochi field team");
        String updateId = Api.post(slug, Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL"), kochiToken);
        as(kochiToken).body(Bodies.update("ACTIVITY", "2025-03-02", "MUTUAL"))
                .put(updates(slug) + "/" + updateId).then().statusCode(200);
        as(kochiToken).post(updates(slug) + "/" + updateId + "/withdraw").then().statusCode(200);
        as(TestTokens.issue(nkustKey, TestTokens.PARTNER, nkust.id(), "NKUST office"))
                .body(Map.of("phase", "CO_CREATION", "reason", Map.of("en", "joint outputs")))
                .put(PARTNERSHIPS + "/" + slug + "/phase").then().statusCode(200);

        for (String path : List.of(updates(slug), updates(slug) + "/" + updateId,
                updates(slug) + "/" + updateId + "/revisions", PARTNERSHIPS + "/" + slug + "/phase-history",
                PARTNERSHIPS + "/updates?institution=" + kochi.slug())) {
            for (String token : List.of(TestTokens.curator(), TestTokens.partner(nkust.id()))) {
                String answer = as(token).get(path).then().statusCode(200).extract().asString();
                assertThat(answer).as(path).doesNotContain(kochiKey.toString()).doesNotContain(nkustKey.toString());
            }
        }
        given().get(updates(slug) + "/" + updateId).then().body("author.institutionSlug", equalTo(kochi.slug()));
    }

    @Test
    void aMemberUniversityPostsAnUpdateThatTheFeedShows() {
        Known nkust = institutions.university("nkust", "TW");
        Known kochi = institutions.university("kochi", "JP");
        String slug = partnership(nkust, kochi);
        Map<String, Object> body = Bodies.update("ACTIVITY", "2025-03-01", "JP_TO_TW");

        Response posted = as(TestTokens.partner(kochi.id())).body(body).post(updates(slug));
        posted.then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("author.institutionSlug", equalTo(kochi.slug()))
                .body("author.country", equalTo("JP"))
                .body("partnership.slug", equalTo(slug))
                .body("kind", equalTo("ACTIVITY"))
                .body("date", equalTo("2025-03-01"))
                .body("direction", equalTo("JP_TO_TW"))
                .body("participants[0].kind", equalTo("STUDENTS"))
                .body("participants[0].count", equalTo(12))
                .body("links[0]", equalTo("https://example.org/news/2025-03-01"))
                .body("status", equalTo("ACTIVE"))
                .body("revision", equalTo(1))
                .body("withdrawal", nullValue());
        String id = posted.path("id");
        assertThat(posted.header("Location")).endsWith("/updates/" + id);

        given().get(updates(slug)).then().statusCode(200).body("items.id", contains(id));
        given().header("Accept-Language", "ja").get(updates(slug) + "/" + id)
                .then().statusCode(200).body("displayText", equalTo("2025-03-01 の活動"));
    }

    @Test
    void anInstitutionThatIsNotAMemberGets403AndNothingIsStored() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        Known outsider = institutions.university("outsider", "JP");
        String slug = partnership(lead, partner);
        Map<String, Object> body = Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL");

        as(TestTokens.partner(outsider.id())).body(body).post(updates(slug))
                .then().statusCode(403).contentType("application/problem+json");
        as(TestTokens.curator()).body(body).post(updates(slug)).then().statusCode(403);

        given().get(updates(slug)).then().body("items", hasSize(0));
        given().queryParam("institution", outsider.slug()).get(PARTNERSHIPS + "/updates")
                .then().body("items", hasSize(0));
    }

    @Test
    void anAnonymousPostGets401() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        String slug = partnership(lead, partner);
        Map<String, Object> body = Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL");

        given().contentType("application/json").body(body).post(updates(slug))
                .then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.forged(TestTokens.PARTNER)).body(body).post(updates(slug)).then().statusCode(401);
        as(TestTokens.expired(TestTokens.PARTNER)).body(body).post(updates(slug)).then().statusCode(401);

        given().get(updates(slug)).then().body("items", hasSize(0));
    }

    @Test
    void aReplayedIdempotencyKeyStoresOneUpdate() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        String slug = partnership(lead, partner);
        String token = TestTokens.issue(UUID.randomUUID(), TestTokens.PARTNER, lead.id());
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Bodies.update("MILESTONE", "2025-02-01", "TW_TO_JP");

        String id = given().get(PARTNERSHIPS + "/" + slug).path("id");

        Response first = as(token).header("Idempotency-Key", key).body(body).post(updates(slug));
        Response retry = as(token).header("Idempotency-Key", key).body(body).post(updates(slug));
        as(token).header("Idempotency-Key", key).body(body).post(updates(id))
                .then().statusCode(201).header("Idempotent-Replayed", "true");

        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        given().get(updates(slug)).then().body("items", hasSize(1));

        body.put("kind", "OUTCOME");
        as(token).header("Idempotency-Key", key).body(body).post(updates(slug)).then().statusCode(422);
        given().get(updates(slug)).then().body("items", hasSize(1));
    }

    @Test
    void theAuthorCorrectsAnUpdateAndEveryRevisionIsKept() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        String slug = partnership(lead, partner);
        String token = TestTokens.partner(partner.id());
        String id = Api.post(slug, Bodies.update("ACTIVITY", "2025-03-01", "JP_TO_TW"), token);
        Map<String, Object> correction = Bodies.update("ACTIVITY", "2025-03-02", "MUTUAL");
        correction.put("text", Map.of("en", "21 students, not 12"));

        as(token).header("If-Match", "\"1\"").body(correction).put(updates(slug) + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("revision", equalTo(2)).body("text.en", equalTo("21 students, not 12"))
                .body("direction", equalTo("MUTUAL"));
        as(token).header("If-Match", "\"1\"").body(correction).put(updates(slug) + "/" + id)
                .then().statusCode(412);

        given().get(updates(slug) + "/" + id + "/revisions").then().statusCode(200)
                .body("items.revision", contains(1, 2))
                .body("items[0].text.en", equalTo("ACTIVITY on 2025-03-01"))
                .body("items[0].direction", equalTo("JP_TO_TW"))
                .body("items[1].text.en", equalTo("21 students, not 12"));
        given().get(updates(slug)).then().body("items", hasSize(1)).body("items[0].revision", equalTo(2));
    }

    @Test
    void aCorrectionBySomeoneOtherThanTheAuthorIsRefused() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        String slug = partnership(lead, partner);
        String id = Api.post(slug, Bodies.update("ACTIVITY", "2025-03-01", "JP_TO_TW"),
                TestTokens.partner(partner.id()));
        Map<String, Object> correction = Bodies.update("OUTCOME", "2025-03-01", "MUTUAL");

        as(TestTokens.partner(lead.id())).body(correction).put(updates(slug) + "/" + id).then().statusCode(403);
        as(TestTokens.curator()).body(correction).put(updates(slug) + "/" + id).then().statusCode(403);
        given().contentType("application/json").body(correction).put(updates(slug) + "/" + id)
                .then().statusCode(401);

        given().get(updates(slug) + "/" + id).then().body("revision", equalTo(1)).body("kind", equalTo("ACTIVITY"));
        given().get(updates(slug) + "/" + id + "/revisions").then().body("items", hasSize(1));
    }

    @Test
    void aWithdrawnUpdateStaysReadableAndMarked() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        String slug = partnership(lead, partner);
        String author = TestTokens.partner(partner.id());
        String id = Api.post(slug, Bodies.update("ACTIVITY", "2025-03-01", "JP_TO_TW"), author);
        String other = Api.post(slug, Bodies.update("ACTIVITY", "2025-03-05", "TW_TO_JP"),
                TestTokens.partner(lead.id()));

        as(TestTokens.partner(lead.id())).post(updates(slug) + "/" + id + "/withdraw").then().statusCode(403);
        as(author).body(Map.of("reason", Map.of("en", "posted twice"))).post(updates(slug) + "/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawal.reason.en", equalTo("posted twice"));
        as(author).post(updates(slug) + "/" + id + "/withdraw").then().statusCode(409);
        as(author).body(Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL")).put(updates(slug) + "/" + id)
                .then().statusCode(409);
        as(TestTokens.curator()).post(updates(slug) + "/" + other + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        given().get(updates(slug)).then().body("items.status", contains("WITHDRAWN", "WITHDRAWN"));
        given().get(updates(slug) + "/" + id).then().statusCode(200).body("text.en", equalTo("ACTIVITY on 2025-03-01"));
        given().queryParam("status", "ACTIVE").get(updates(slug)).then().body("items", hasSize(0));
    }

    @Test
    void feedsAreNewestFirstPageableAndFilterableByInstitution() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        Known third = institutions.university("third", "JP");
        String slug = partnership(lead, partner);
        String otherSlug = partnership(lead, third);
        String oldest = Api.post(slug, Bodies.update("ACTIVITY", "2024-05-01", "JP_TO_TW"),
                TestTokens.partner(partner.id()));
        String newest = Api.post(slug, Bodies.update("OUTCOME", "2025-01-10", "MUTUAL"),
                TestTokens.partner(lead.id()));
        String middle = Api.post(slug, Bodies.update("MILESTONE", "2024-12-01", "TW_TO_JP"),
                TestTokens.partner(lead.id()));
        String elsewhere = Api.post(otherSlug, Bodies.update("ACTIVITY", "2024-12-15", "MUTUAL"),
                TestTokens.partner(lead.id()));

        Response first = given().queryParam("limit", 2).get(updates(slug));
        first.then().body("items.id", contains(newest, middle)).header("Link", containsString("rel=\"next\""));
        given().queryParam("limit", 2).queryParam("cursor", first.<String>path("next")).get(updates(slug))
                .then().body("items.id", contains(oldest)).body("next", nullValue());

        given().queryParam("institution", lead.slug()).get(updates(slug))
                .then().body("items.id", contains(newest, middle));
        given().queryParam("kind", "OUTCOME").get(updates(slug)).then().body("items.id", contains(newest));
        given().queryParam("year", 2024).get(updates(slug)).then().body("items.id", contains(middle, oldest));

        given().queryParam("institution", lead.id().toString()).get(PARTNERSHIPS + "/updates")
                .then().statusCode(200).body("items.id", contains(newest, elsewhere, middle))
                .body("items.partnership.slug", contains(slug, otherSlug, slug));
        given().queryParam("institution", lead.slug()).queryParam("limit", 1).get(PARTNERSHIPS + "/updates")
                .then().body("items.id", contains(newest)).header("Link", containsString("/api/v1/partnerships/updates"));
    }

    @Test
    void updatesOfANonPublicPartnershipAreVisibleOnlyToItsMembersCuratorsAndAdmins() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        Known outsider = institutions.university("outsider", "TW");
        String slug = Bodies.slug("private-updates");
        Map<String, Object> body = Bodies.partnership(slug, lead, partner);
        body.put("public", false);
        Api.create(body, TestTokens.curator());
        String id = Api.post(slug, Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL"), TestTokens.partner(partner.id()));

        given().queryParam("institution", partner.slug()).get(PARTNERSHIPS + "/updates")
                .then().body("items", hasSize(0));
        given().get(updates(slug)).then().statusCode(404);
        as(TestTokens.partner(outsider.id())).get(updates(slug) + "/" + id).then().statusCode(404);
        as(TestTokens.partner(outsider.id())).body(Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL"))
                .post(updates(slug)).then().statusCode(404);
        as(TestTokens.partner(lead.id())).queryParam("institution", partner.slug()).get(PARTNERSHIPS + "/updates")
                .then().body("items.id", contains(id));
        as(TestTokens.admin()).get(updates(slug)).then().body("items.id", contains(id));
    }

    @Test
    void nobodyPostsToAPartnershipWhoseMembersAreNotNamed() {
        Known university = institutions.university("any", "JP");
        String slug = Bodies.slug("ageing-community");
        Map<String, Object> body = Bodies.partnership(slug, university, institutions.university("other", "TW"));
        body.put("kind", "THEMATIC_ALLIANCE");
        body.put("membership", "UNNAMED");
        body.put("members", List.of());
        Api.create(body, TestTokens.curator());

        as(TestTokens.partner(university.id())).body(Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL"))
                .post(updates(slug)).then().statusCode(403);
    }
}
