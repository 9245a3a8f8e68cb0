package io.revitalization.partnerships.api;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.events.EventJson;
import io.revitalization.events.PartnershipV1;
import io.revitalization.events.Topics;
import io.revitalization.partnerships.testing.Api;
import io.revitalization.partnerships.testing.Bodies;
import io.revitalization.partnerships.testing.TestInstitutions;
import io.revitalization.partnerships.testing.TestInstitutions.Known;
import io.revitalization.testsupport.KafkaTestClient;
import io.revitalization.testsupport.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.revitalization.partnerships.testing.Api.PARTNERSHIPS;
import static io.revitalization.partnerships.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A partner university cannot make another institution a member without that institution's consent. */
@QuarkusTest
class MembershipConsentTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final TestInstitutions institutions;
    private final KafkaTestClient kafka;

    MembershipConsentTest(TestInstitutions institutions, @ConfigProperty(name = "kafka.bootstrap.servers") String servers) {
        this.institutions = institutions;
        this.kafka = new KafkaTestClient(servers);
    }

    @Test
    void anInstitutionNamedByAPartnerIsPendingUntilOneOfItsKeysConfirms() {
        Known nkust = institutions.university("nkust", "TW");
        Known kochi = institutions.university("kochi", "JP");
        String slug = Bodies.slug("consent");
        Map<String, Object> body = Bodies.partnership(slug, nkust, kochi);
        body.put("public", false);
        String id = as(TestTokens.partner(nkust.id())).body(body).post(PARTNERSHIPS)
                .then().statusCode(201)
                .body("members.consent", contains("CONFIRMED", "PENDING"))
                .extract().path("id");
        assertThat(published(id, 1).members()).extracting(PartnershipV1.Member::consent)
                .containsExactly("CONFIRMED", "PENDING");

        String kochiKey = TestTokens.partner(kochi.id());
        as(kochiKey).get(PARTNERSHIPS + "/" + slug).then().statusCode(200)
                .body("members[1].consent", equalTo("PENDING"));
        as(kochiKey).body(Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL"))
                .post(PARTNERSHIPS + "/" + slug + "/updates").then().statusCode(403);
        as(kochiKey).queryParam("institution", kochi.slug()).get(PARTNERSHIPS).then().body("items", hasSize(0));
        as(kochiKey).get(PARTNERSHIPS + "/network").then()
                .body("edges.findAll { it.partnershipSlug == '" + slug + "' }", hasSize(0));

        as(TestTokens.partner(nkust.id())).post(consent(slug, kochi.slug())).then().statusCode(403)
                .contentType("application/problem+json");
        as(kochiKey).post(consent(slug, kochi.slug())).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("members.consent", contains("CONFIRMED", "CONFIRMED"));
        assertThat(published(id, 2).members()).extracting(PartnershipV1.Member::consent)
                .containsExactly("CONFIRMED", "CONFIRMED");
        as(kochiKey).post(consent(slug, kochi.id().toString())).then().statusCode(200).header("ETag", "\"2\"");

        Api.post(slug, Bodies.update("ACTIVITY", "2025-03-01", "MUTUAL"), kochiKey);
        as(kochiKey).queryParam("institution", kochi.slug()).get(PARTNERSHIPS).then()
                .body("items.slug", contains(slug));
        as(kochiKey).get(PARTNERSHIPS + "/network").then()
                .body("edges.findAll { it.partnershipSlug == '" + slug + "' }", hasSize(1));
    }

    @Test
    void aPendingMemberMayDeclineAndIsRemoved() {
        Known lead = institutions.university("lead", "TW");
        Known named = institutions.university("named", "JP");
        Known outsider = institutions.university("outsider", "JP");
        String slug = Bodies.slug("decline");
        Map<String, Object> body = Bodies.partnership(slug, lead, named);
        body.put("public", false);
        as(TestTokens.partner(lead.id())).body(body).post(PARTNERSHIPS).then().statusCode(201);

        as(TestTokens.partner(outsider.id())).post(decline(slug, named.slug())).then().statusCode(404);
        as(TestTokens.curator()).post(decline(slug, named.slug())).then().statusCode(403);
        as(TestTokens.partner(named.id())).post(consent(slug, outsider.slug())).then().statusCode(404)
                .contentType("application/problem+json");
        as(TestTokens.partner(lead.id())).post(decline(slug, lead.slug())).then().statusCode(409);

        as(TestTokens.partner(named.id())).post(decline(slug, named.slug())).then().statusCode(204);
        as(TestTokens.partner(named.id())).get(PARTNERSHIPS + "/" + slug).then().statusCode(404);
        as(TestTokens.partner(lead.id())).get(PARTNERSHIPS + "/" + slug).then().statusCode(200)
                .body("members.institutionSlug", contains(lead.slug()));
    }

    @Test
    void curatorsConfirmTheMembersTheyNameAndKeepTheConsentOfOthers() {
        Known lead = institutions.university("lead", "TW");
        Known named = institutions.university("named", "JP");
        Known added = institutions.university("added", "JP");
        String slug = Bodies.slug("curated");
        Map<String, Object> body = Bodies.partnership(slug, lead, named);
        as(TestTokens.curator()).body(body).post(PARTNERSHIPS)
                .then().statusCode(201).body("members.consent", contains("CONFIRMED", "CONFIRMED"));

        body.put("members", List.of(Bodies.member(lead.slug(), "LEAD"), Bodies.member(named.slug(), "PARTNER"),
                Bodies.member(added.slug(), "PARTNER")));
        as(TestTokens.partner(lead.id())).body(body).put(PARTNERSHIPS + "/" + slug).then().statusCode(200)
                .body("members.consent", contains("CONFIRMED", "CONFIRMED", "PENDING"));
        as(TestTokens.curator()).body(body).put(PARTNERSHIPS + "/" + slug).then().statusCode(200)
                .body("members.consent", contains("CONFIRMED", "CONFIRMED", "PENDING"));

        body.put("members", List.of(Bodies.member(lead.slug(), "LEAD"), Bodies.member(named.slug(), "LEAD"),
                Bodies.member(added.slug(), "PARTNER")));
        as(TestTokens.partner(lead.id())).body(body).put(PARTNERSHIPS + "/" + slug).then().statusCode(200)
                .body("members.consent", contains("CONFIRMED", "PENDING", "PENDING"));
        as(TestTokens.partner(named.id())).body(body).put(PARTNERSHIPS + "/" + slug).then().statusCode(403);

        as(TestTokens.curator()).post(consent(slug, added.slug())).then().statusCode(200)
                .body("members.consent", contains("CONFIRMED", "PENDING", "CONFIRMED"));
    }

    @Test
    void confirmingNeedsAToken() {
        given().post(consent(Bodies.slug("nothing"), UUID.randomUUID().toString())).then().statusCode(401);
    }

    private PartnershipV1 published(String id, long version) {
        return EventJson.read(kafka.awaitRecord(Topics.PARTNERSHIPS, record -> id.equals(record.key())
                && KafkaTestClient.header(record, "ce_type").filter(type -> type.startsWith("partnership.")
                        && !type.equals("partnership.phase-changed.v1") && !type.equals("partnership.update-posted.v1"))
                        .isPresent()
                && EventJson.read(record.value(), PartnershipV1.class).version() == version, WAIT).value(),
                PartnershipV1.class);
    }

    private static String consent(String partnership, String institution) {
        return PARTNERSHIPS + "/" + partnership + "/members/" + institution + "/consent";
    }

    private static String decline(String partnership, String institution) {
        return PARTNERSHIPS + "/" + partnership + "/members/" + institution + "/decline";
    }
}
