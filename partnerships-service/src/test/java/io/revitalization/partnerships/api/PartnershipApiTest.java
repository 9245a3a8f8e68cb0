package io.revitalization.partnerships.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.partnerships.testing.Api;
import io.revitalization.partnerships.testing.Bodies;
import io.revitalization.partnerships.testing.TestInstitutions.Known;
import io.revitalization.partnerships.testing.TestInstitutions;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.revitalization.partnerships.testing.Api.PARTNERSHIPS;
import static io.revitalization.partnerships.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PartnershipApiTest {
    private final TestInstitutions institutions;

    PartnershipApiTest(TestInstitutions institutions) {
        this.institutions = institutions;
    }

    @Test
    void curatorCreatesAPartnershipThatAnyoneReadsByIdOrSlug() {
        Known nsysu = institutions.university("nsysu", "TW");
        Known ryukoku = institutions.university("ryukoku", "JP");
        String slug = Bodies.slug("nsysu-ryukoku");

        Response created = as(TestTokens.curator()).body(Bodies.partnership(slug, nsysu, ryukoku)).post(PARTNERSHIPS);
        created.then().statusCode(201)
                .header("ETag", notNullValue())
                .body("slug", equalTo(slug))
                .body("version", equalTo(1))
                .body("membership", equalTo("NAMED"))
                .body("phase", nullValue())
                .body("public", equalTo(true));
        String id = created.path("id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/partnerships/" + id);

        for (String idOrSlug : List.of(id, slug)) {
            given().get(PARTNERSHIPS + "/" + idOrSlug).then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("id", equalTo(id))
                    .body("kind", equalTo("JOINT_COURSE"))
                    .body("members.institutionSlug", contains(nsysu.slug(), ryukoku.slug()))
                    .body("members.country", contains("TW", "JP"))
                    .body("members.role", contains("LEAD", "PARTNER"))
                    .body("members[1].displayName", equalTo(ryukoku.slug() + " University"))
                    .body("agreement.status", equalTo("ACTIVE"))
                    .body("agreement.end", equalTo("2026-03-31"))
                    .body("themes", contains("ageing-society"))
                    .body("evidence[0].locator", equalTo("II.C ¶2"));
        }
    }

    @Test
    void displayFieldsFollowAcceptLanguageWithTheDocumentedFallback() {
        String slug = Bodies.slug("languages");
        Api.create(Bodies.partnership(slug, institutions.university("ncku", "TW"),
                institutions.university("chiba", "JP")), TestTokens.curator());

        given().header("Accept-Language", "ja").get(PARTNERSHIPS + "/" + slug)
                .then().body("displayTitle", equalTo("共同授業 " + slug));
        given().header("Accept-Language", "zh-Hant-TW, en;q=0.5").get(PARTNERSHIPS + "/" + slug)
                .then().body("displayTitle", equalTo("聯合課程 " + slug));
        given().header("Accept-Language", "fr").get(PARTNERSHIPS + "/" + slug)
                .then().body("displayTitle", equalTo("Joint course " + slug));
    }

    @Test
    void staleIfMatchIsRefusedAndTheCurrentETagReplaces() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        String slug = Bodies.slug("etag");
        Map<String, Object> body = Bodies.partnership(slug, lead, partner);
        Api.create(body, TestTokens.curator());
        String etag = given().get(PARTNERSHIPS + "/" + slug).header("ETag");

        body.put("themes", List.of("green-care"));
        as(TestTokens.curator()).header("If-Match", etag).body(body).put(PARTNERSHIPS + "/" + slug)
                .then().statusCode(200).header("ETag", "\"2\"").body("themes", contains("green-care"));
        as(TestTokens.curator()).header("If-Match", etag).body(body).put(PARTNERSHIPS + "/" + slug)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void theSlugIsStableAndUnique() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        String slug = Bodies.slug("stable");
        Map<String, Object> body = Bodies.partnership(slug, lead, partner);
        Api.create(body, TestTokens.curator());

        as(TestTokens.curator()).body(body).post(PARTNERSHIPS).then().statusCode(409);
        body.put("slug", slug + "-renamed");
        as(TestTokens.curator()).body(body).put(PARTNERSHIPS + "/" + slug)
                .then().statusCode(400).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void aPartnerUniversityCreatesOnlyPartnershipsItLeads() {
        Known nkust = institutions.university("nkust", "TW");
        Known kochi = institutions.university("kochi", "JP");
        String led = Bodies.slug("led-by-nkust");
        String notLed = Bodies.slug("led-by-kochi");

        as(TestTokens.partner(nkust.id())).body(Bodies.partnership(led, nkust, kochi)).post(PARTNERSHIPS)
                .then().statusCode(201);
        as(TestTokens.partner(nkust.id())).body(Bodies.partnership(notLed, kochi, nkust)).post(PARTNERSHIPS)
                .then().statusCode(403);
        given().get(PARTNERSHIPS + "/" + notLed).then().statusCode(404);
    }

    @Test
    void onlyStewardsEditAPartnership() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        Known outsider = institutions.university("outsider", "JP");
        String slug = Bodies.slug("stewards");
        Map<String, Object> body = Bodies.partnership(slug, lead, partner);
        Api.create(body, TestTokens.curator());
        body.put("themes", List.of("sustainable-tourism"));

        as(TestTokens.partner(partner.id())).body(body).put(PARTNERSHIPS + "/" + slug).then().statusCode(403);
        as(TestTokens.partner(outsider.id())).body(body).put(PARTNERSHIPS + "/" + slug).then().statusCode(403);
        given().get(PARTNERSHIPS + "/" + slug).then().body("themes", contains("ageing-society"));

        as(TestTokens.partner(lead.id())).body(body).put(PARTNERSHIPS + "/" + slug)
                .then().statusCode(200).body("themes", contains("sustainable-tourism"));
    }

    @Test
    void aNonPublicPartnershipIsVisibleOnlyToItsMembersCuratorsAndAdmins() {
        Known lead = institutions.university("private-lead", "TW");
        Known partner = institutions.university("private-partner", "JP");
        Known outsider = institutions.university("outsider", "JP");
        String slug = Bodies.slug("private");
        Map<String, Object> body = Bodies.partnership(slug, lead, partner);
        body.put("public", false);
        Api.create(body, TestTokens.curator());

        given().get(PARTNERSHIPS + "/" + slug).then().statusCode(404);
        as(TestTokens.partner(outsider.id())).get(PARTNERSHIPS + "/" + slug).then().statusCode(404);
        as(TestTokens.partner(partner.id())).get(PARTNERSHIPS + "/" + slug).then().statusCode(200);
        as(TestTokens.curator()).get(PARTNERSHIPS + "/" + slug).then().statusCode(200);
        as(TestTokens.admin()).get(PARTNERSHIPS + "/" + slug).then().statusCode(200);

        given().queryParam("institution", lead.slug()).get(PARTNERSHIPS).then().body("items", hasSize(0));
        as(TestTokens.partner(lead.id())).queryParam("institution", lead.slug()).get(PARTNERSHIPS)
                .then().body("items.slug", contains(slug));
    }

    @Test
    void onlyCuratorsDeleteAndADeletedSlugIsNeverReused() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        String slug = Bodies.slug("deleted");
        Map<String, Object> body = Bodies.partnership(slug, lead, partner);
        Api.create(body, TestTokens.curator());

        as(TestTokens.partner(lead.id())).delete(PARTNERSHIPS + "/" + slug).then().statusCode(403);
        as(TestTokens.curator()).delete(PARTNERSHIPS + "/" + slug).then().statusCode(204);
        given().get(PARTNERSHIPS + "/" + slug).then().statusCode(404);
        as(TestTokens.curator()).delete(PARTNERSHIPS + "/" + slug).then().statusCode(404);
        as(TestTokens.curator()).body(body).post(PARTNERSHIPS).then().statusCode(409);
    }

    @Test
    void listsFilterByEveryFieldAndPageWithACursor() {
        Known hub = institutions.university("hub", "TW");
        Known kochi = institutions.university("kochi", "JP");
        Known chiba = institutions.university("chiba", "JP");
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String slug = Bodies.slug("page-" + i);
            Map<String, Object> body = Bodies.partnership(slug, hub, i == 2 ? chiba : kochi);
            if (i == 1) {
                body.put("kind", "JOINT_COMPETITION");
                body.put("themes", List.of("circular-economy"));
                body.put("agreement", Map.of("start", "2021-01-01", "end", "2021-12-31", "status", "EXPIRED"));
            }
            Api.create(body, TestTokens.curator());
            slugs.add(slug);
        }

        Response first = given().queryParam("institution", hub.slug()).queryParam("limit", 2).get(PARTNERSHIPS);
        first.then().statusCode(200).body("items.slug", contains(slugs.get(0), slugs.get(1)))
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("institution", hub.id().toString()).queryParam("limit", 2)
                .queryParam("cursor", first.<String>path("next")).get(PARTNERSHIPS)
                .then().body("items.slug", contains(slugs.get(2))).body("next", nullValue());

        given().queryParam("institution", hub.slug()).queryParam("kind", "JOINT_COMPETITION").get(PARTNERSHIPS)
                .then().body("items.slug", contains(slugs.get(1)));
        given().queryParam("institution", hub.slug()).queryParam("theme", "circular-economy").get(PARTNERSHIPS)
                .then().body("items.slug", contains(slugs.get(1)));
        given().queryParam("institution", hub.slug()).queryParam("status", "EXPIRED").get(PARTNERSHIPS)
                .then().body("items.slug", contains(slugs.get(1)));
        given().queryParam("institution", hub.slug()).queryParam("year", 2021).get(PARTNERSHIPS)
                .then().body("items.slug", contains(slugs.get(1)));
        given().queryParam("institution", hub.slug()).queryParam("year", 2024).get(PARTNERSHIPS)
                .then().body("items.slug", contains(slugs.get(0), slugs.get(2)));
        given().queryParam("institution", chiba.slug()).queryParam("country", "JP").get(PARTNERSHIPS)
                .then().body("items.slug", contains(slugs.get(2)));
        given().queryParam("institution", chiba.slug()).queryParam("country", "KR").get(PARTNERSHIPS)
                .then().body("items", hasSize(0));
        given().queryParam("institution", hub.slug()).queryParam("phase", "THIRD_PHASE").get(PARTNERSHIPS)
                .then().body("items", hasSize(0));
    }

    @Test
    void aPartnershipWhoseMembersTheSourceDoesNotNameHasNone() {
        String slug = Bodies.slug("satoyama-community");
        Map<String, Object> body = Bodies.partnership(slug, institutions.university("a", "TW"),
                institutions.university("b", "JP"));
        body.put("kind", "THEMATIC_ALLIANCE");
        body.put("membership", "UNNAMED");

        as(TestTokens.curator()).body(body).post(PARTNERSHIPS)
                .then().statusCode(400).body("errors[0].field", equalTo("members"));
        body.put("members", List.of());
        as(TestTokens.curator()).body(body).post(PARTNERSHIPS)
                .then().statusCode(201).body("membership", equalTo("UNNAMED")).body("members", hasSize(0));
    }

    @Test
    void aNamedPartnershipHasTwoOrMoreDistinctMembers() {
        Known only = institutions.university("only", "TW");
        Map<String, Object> body = Bodies.partnership(Bodies.slug("single"), only, only);

        as(TestTokens.curator()).body(body).post(PARTNERSHIPS)
                .then().statusCode(400).body("errors[0].field", equalTo("members[1].institution"))
                .body("errors[0].message", equalTo("is listed twice"));
        body.put("members", List.of(Bodies.member(only.slug(), "LEAD")));
        as(TestTokens.curator()).body(body).post(PARTNERSHIPS)
                .then().statusCode(400).body("errors[0].field", equalTo("members"));
    }

    @Test
    void whoMayWriteIsCheckedBeforeTheBody() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        Known outsider = institutions.university("outsider", "JP");
        String slug = Bodies.slug("access-first");
        Api.create(Bodies.partnership(slug, lead, partner), TestTokens.curator());
        String updateId = Api.post(slug, Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL"),
                TestTokens.partner(partner.id()));
        String outsiderKey = TestTokens.partner(outsider.id());

        as(outsiderKey).body(Map.of()).put(PARTNERSHIPS + "/" + slug)
                .then().statusCode(403).contentType("application/problem+json");
        as(outsiderKey).body(Map.of()).put(PARTNERSHIPS + "/" + slug + "/phase").then().statusCode(403);
        as(outsiderKey).body(Map.of()).post(PARTNERSHIPS + "/" + slug + "/updates").then().statusCode(403);
        as(TestTokens.partner(lead.id())).body(Map.of()).put(PARTNERSHIPS + "/" + slug + "/updates/" + updateId)
                .then().statusCode(403);
        as(outsiderKey).body(Map.of("reason", Map.of("en", "x".repeat(3000))))
                .post(PARTNERSHIPS + "/" + slug + "/updates/" + updateId + "/withdraw").then().statusCode(403);

        as(TestTokens.partner(lead.id())).body(Map.of()).put(PARTNERSHIPS + "/" + slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void writesNeedAValidToken() {
        Map<String, Object> body = Bodies.partnership(Bodies.slug("anonymous"), institutions.university("a", "TW"),
                institutions.university("b", "JP"));

        given().contentType("application/json").body(body).post(PARTNERSHIPS)
                .then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.forged(TestTokens.CURATOR)).body(body).post(PARTNERSHIPS).then().statusCode(401);
        as(TestTokens.expired(TestTokens.CURATOR)).body(body).post(PARTNERSHIPS).then().statusCode(401);
        given().get(PARTNERSHIPS + "/" + body.get("slug")).then().statusCode(404);
    }
}
