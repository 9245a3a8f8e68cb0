package io.revitalization.partnerships.events;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.events.EventJson;
import io.revitalization.events.EventTypes;
import io.revitalization.events.InstitutionV1;
import io.revitalization.events.PartnershipPhaseChangedV1;
import io.revitalization.events.PartnershipUpdatePostedV1;
import io.revitalization.events.PartnershipV1;
import io.revitalization.events.Topics;
import io.revitalization.partnerships.testing.Api;
import io.revitalization.partnerships.testing.Bodies;
import io.revitalization.partnerships.testing.TestInstitutions.Known;
import io.revitalization.partnerships.testing.TestInstitutions;
import io.revitalization.testsupport.KafkaTestClient;
import io.revitalization.testsupport.TestTokens;
import io.revitalization.values.LocalizedText;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static io.revitalization.partnerships.testing.Api.PARTNERSHIPS;
import static io.revitalization.partnerships.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** What the service publishes on {@code revit.partnerships.v1}, and how it consumes institution events. */
@QuarkusTest
class EventsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "revit.institutions.v1.partnerships-service.dlq";

    private final TestInstitutions institutions;
    private final KafkaTestClient kafka;

    EventsTest(TestInstitutions institutions, @ConfigProperty(name = "kafka.bootstrap.servers") String servers) {
        this.institutions = institutions;
        this.kafka = new KafkaTestClient(servers);
    }

    private ConsumerRecord<String, String> published(String key, String type, Predicate<String> payload) {
        return kafka.awaitRecord(Topics.PARTNERSHIPS, record -> key.equals(record.key())
                && KafkaTestClient.header(record, "ce_type").filter(type::equals).isPresent()
                && payload.test(record.value()), WAIT);
    }

    @Test
    void partnershipChangesArePublishedThroughTheOutboxWithCloudEventsHeaders() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        String slug = Bodies.slug("events");
        Map<String, Object> body = Bodies.partnership(slug, lead, partner);
        String id = Api.create(body, TestTokens.curator());

        ConsumerRecord<String, String> created = published(id, "partnership.created.v1", value -> true);
        assertThat(KafkaTestClient.cloudEventHeaders(created))
                .containsEntry("ce_source", "/partnerships-service")
                .containsEntry("ce_subject", "partnerships/" + id)
                .containsEntry("ce_specversion", "1.0")
                .containsKeys("ce_id", "ce_time");
        PartnershipV1 state = EventJson.read(created.value(), PartnershipV1.class);
        assertThat(state.slug()).isEqualTo(slug);
        assertThat(state.version()).isEqualTo(1);
        assertThat(state.membership()).isEqualTo("NAMED");
        assertThat(state.members()).extracting(PartnershipV1.Member::institutionId)
                .containsExactly(lead.id(), partner.id());
        assertThat(state.evidence()).hasSize(1);
        assertThat(created.value()).doesNotContain("\"empty\"");

        body.put("public", false);
        as(TestTokens.curator()).body(body).put(PARTNERSHIPS + "/" + slug).then().statusCode(200);
        PartnershipV1 updated = EventJson.read(published(id, "partnership.updated.v1",
                value -> EventJson.read(value, PartnershipV1.class).version() == 2).value(), PartnershipV1.class);
        assertThat(updated.isPublic()).isFalse();

        as(TestTokens.curator()).body(Map.of("phase", "CO_CREATION", "at", "2024-09-01",
                        "reason", Map.of("en", "joint outputs")))
                .put(PARTNERSHIPS + "/" + slug + "/phase").then().statusCode(200);
        PartnershipPhaseChangedV1 phase = EventJson.read(
                published(id, "partnership.phase-changed.v1", value -> true).value(), PartnershipPhaseChangedV1.class);
        assertThat(phase.from()).isNull();
        assertThat(phase.to()).isEqualTo("CO_CREATION");
        assertThat(phase.version()).isEqualTo(3);
        assertThat(phase.at()).hasToString("2024-09-01");
        assertThat(phase.sequence()).isEqualTo(1);
        assertThat(phase.reason().en()).isEqualTo("joint outputs");

        as(TestTokens.curator()).delete(PARTNERSHIPS + "/" + slug).then().statusCode(204);
        published(id, "partnership.updated.v1", value -> EventJson.read(value, PartnershipV1.class).deleted());
    }

    @Test
    void postingCorrectingAndWithdrawingAnUpdateArePublished() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        String slug = Bodies.slug("update-events");
        String partnershipId = Api.create(Bodies.partnership(slug, lead, partner), TestTokens.curator());
        String token = TestTokens.partner(partner.id());
        String updateId = Api.post(slug, Bodies.update("OUTCOME", "2025-03-01", "MUTUAL"), token);
        as(token).body(Bodies.update("OUTCOME", "2025-03-02", "MUTUAL"))
                .put(PARTNERSHIPS + "/" + slug + "/updates/" + updateId).then().statusCode(200);
        as(token).post(PARTNERSHIPS + "/" + slug + "/updates/" + updateId + "/withdraw").then().statusCode(200);

        for (String status : new String[] {"POSTED", "CORRECTED", "WITHDRAWN"}) {
            ConsumerRecord<String, String> record = published(partnershipId, "partnership.update-posted.v1",
                    value -> {
                        PartnershipUpdatePostedV1 event = EventJson.read(value, PartnershipUpdatePostedV1.class);
                        return event.id().toString().equals(updateId) && event.status().equals(status);
                    });
            PartnershipUpdatePostedV1 event = EventJson.read(record.value(), PartnershipUpdatePostedV1.class);
            assertThat(event.authorInstitutionId()).isEqualTo(partner.id());
            assertThat(event.revision()).isEqualTo(status.equals("POSTED") ? 1 : 2);
            assertThat(event.participants()).hasSize(2);
            assertThat(KafkaTestClient.cloudEventHeaders(record))
                    .containsEntry("ce_subject", "partnerships/" + partnershipId + "/updates/" + updateId);
        }
    }

    @Test
    void institutionEventsAreAppliedOnceAndOnlyWhenNewer() {
        Known kochi = institutions.university("kochi", "JP");
        String slug = Bodies.slug("names");
        Api.create(Bodies.partnership(slug, institutions.university("nkust", "TW"), kochi), TestTokens.curator());
        String renamed = UUID.randomUUID().toString();
        String late = UUID.randomUUID().toString();
        String newer = UUID.randomUUID().toString();

        institutions.publish(EventTypes.INSTITUTION_UPDATED, institution(kochi, 3, "高知大学 v3"), renamed);
        institutions.publish(EventTypes.INSTITUTION_UPDATED, institution(kochi, 2, "高知大学 v2 (late)"), late);
        institutions.awaitProcessed(late);
        given().header("Accept-Language", "ja").get(PARTNERSHIPS + "/" + slug)
                .then().body("members[1].displayName", equalTo("高知大学 v3"));

        // the same event id again, carrying v4: a redelivery, ignored; the real v4 that follows is then newer
        institutions.publish(EventTypes.INSTITUTION_UPDATED, institution(kochi, 4, "高知大学 (redelivered)"), renamed);
        institutions.publish(EventTypes.INSTITUTION_UPDATED, institution(kochi, 4, "高知大学 v4"), newer);
        institutions.awaitProcessed(newer);
        given().header("Accept-Language", "ja").get(PARTNERSHIPS + "/" + slug)
                .then().body("members[1].displayName", equalTo("高知大学 v4"));
    }

    @Test
    void aDeletedInstitutionStaysInItsPartnershipsButJoinsNoNewOne() {
        Known closing = institutions.university("closing", "JP");
        Known lead = institutions.university("lead", "TW");
        String slug = Bodies.slug("deleted-member");
        Api.create(Bodies.partnership(slug, lead, closing), TestTokens.curator());

        InstitutionV1 deleted = new InstitutionV1(closing.id(), closing.slug(), 2, "UNIVERSITY",
                LocalizedText.of(null, null, "Closing University"), "JP", null, true, OffsetDateTime.now());
        institutions.publish(EventTypes.INSTITUTION_DELETED, deleted, UUID.randomUUID().toString());
        await().atMost(WAIT).until(() -> institutions.find(closing.id()).map(i -> i.deleted).orElse(false));

        given().get(PARTNERSHIPS + "/" + slug).then().statusCode(200)
                .body("members[1].institutionSlug", equalTo(closing.slug()));
        as(TestTokens.curator()).body(Bodies.partnership(Bodies.slug("after-deletion"), lead, closing))
                .post(PARTNERSHIPS).then().statusCode(400);
    }

    @Test
    void aPoisonInstitutionEventGoesToTheDeadLetterTopicAndProcessingGoesOn() {
        String poisonKey = UUID.randomUUID().toString();
        institutions.publishRaw(poisonKey, "{not json", Map.of(
                "ce_id", UUID.randomUUID().toString(),
                "ce_type", EventTypes.INSTITUTION_CREATED.name(),
                "ce_source", "/cases-service",
                "ce_specversion", "1.0"));
        String nameless = UUID.randomUUID().toString();
        institutions.publishRaw(nameless, "{\"id\": \"" + nameless + "\", \"slug\": \"nameless\", \"version\": 1}",
                Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", EventTypes.INSTITUTION_CREATED.name(),
                        "ce_source", "/cases-service", "ce_specversion", "1.0"));

        Known after = institutions.university("after-poison", "TW");

        assertThat(institutions.find(after.id())).isPresent();
        ConsumerRecord<String, String> dead = kafka.awaitRecord(DEAD_LETTERS, r -> poisonKey.equals(r.key()), WAIT);
        assertThat(KafkaTestClient.header(dead, "dead-letter-reason")).isPresent();
        kafka.awaitRecord(DEAD_LETTERS, r -> nameless.equals(r.key()), WAIT);
        assertThat(institutions.find(UUID.fromString(nameless))).isEmpty();

        // the operator's view: listed with the reason, discarded with one (the event can never be applied)
        String admin = TestTokens.admin();
        String id = given().auth().oauth2(admin).queryParam("topic", Topics.INSTITUTIONS).queryParam("limit", 200)
                .get("/api/v1/admin/dead-letters/partnerships-service").then().statusCode(200)
                .extract().jsonPath().param("key", nameless)
                .getString("items.find { it.key == key && it.reason.contains('needs an id and a name') }.id");
        assertThat(id).isNotNull();
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"reason\": \"cases-service never publishes an institution without a name\"}")
                .post("/api/v1/admin/dead-letters/partnerships-service/" + id + "/discard").then().statusCode(200)
                .body("state", equalTo("discarded"));
    }

    private static InstitutionV1 institution(Known known, long version, String japaneseName) {
        return new InstitutionV1(known.id(), known.slug(), version, "UNIVERSITY",
                LocalizedText.of(null, japaneseName, known.slug() + " University"), known.country(), null, false,
                OffsetDateTime.now());
    }
}
