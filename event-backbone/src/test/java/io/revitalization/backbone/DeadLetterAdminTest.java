package io.revitalization.backbone;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.revitalization.events.EventJson;
import io.revitalization.events.Topics;
import io.revitalization.testsupport.KafkaTestClient;
import io.revitalization.testsupport.TestTokens;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** An operator lists the dead letters of a service, replays them once the cause is fixed, or discards them. */
@QuarkusTest
class DeadLetterAdminTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters/backbone-test";

    private final InstitutionRecorder recorder;
    private final EntityManager entityManager;
    private final KafkaTestClient kafka;

    DeadLetterAdminTest(InstitutionRecorder recorder, EntityManager entityManager,
                        @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.recorder = recorder;
        this.entityManager = entityManager;
        this.kafka = new KafkaTestClient(bootstrapServers);
    }

    @Test
    void poisonEventIsListedWithItsReasonAndAppliedExactlyOnceWhenReplayedAfterTheFix() {
        String slug = "refused-" + UUID.randomUUID();
        recorder.refuse(slug);
        String eventId = produce(Topics.INSTITUTIONS, slug);

        Map<String, Object> listed = awaitWaiting(eventId);
        assertThat(listed).containsEntry("topic", Topics.INSTITUTIONS)
                .containsEntry("consumer", "backbone-test")
                .containsEntry("eventType", "institution.created.v1")
                .containsEntry("state", "waiting")
                .containsKeys("deadLetteredAt", "eventTime", "partition", "offset");
        assertThat((String) listed.get("reason")).contains("slug '" + slug + "' is refused");
        assertThat((String) listed.get("payload")).contains(slug);
        String id = (String) listed.get("id");
        assertThat(applied(eventId)).isZero();

        // not fixed yet: refused again, still waiting
        admin().post(DEAD_LETTERS + "/" + id + "/replay").then().statusCode(422)
                .body("detail", containsString("refused the event again"));
        admin().get(DEAD_LETTERS + "/" + id).then().statusCode(200)
                .body("state", equalTo("waiting")).body("replays", equalTo(1));

        recorder.accept(slug);
        admin().post(DEAD_LETTERS + "/" + id + "/replay").then().statusCode(200)
                .body("outcome", equalTo("applied"))
                .body("deadLetter.state", equalTo("replayed"))
                .body("deadLetter.settledBy", equalTo("test"));
        assertThat(applied(eventId)).isEqualTo(1);

        // replayed again, and delivered again by Kafka: still applied once
        admin().post(DEAD_LETTERS + "/" + id + "/replay").then().statusCode(200)
                .body("outcome", equalTo("already-applied"));
        kafka.produce(Topics.INSTITUTIONS, UUID.randomUUID().toString(),
                EventJson.write(InstitutionPublisher.institution(slug)), cloudEvent(eventId));
        String marker = produce(Topics.INSTITUTIONS, "marker-" + UUID.randomUUID());
        await().atMost(WAIT).until(() -> applied(marker) == 1);
        assertThat(applied(eventId)).isEqualTo(1);
        assertThat(ids(list("?state=waiting"))).doesNotContain(id);
        assertThat(ids(list("?state=replayed&limit=200"))).contains(id);
    }

    @Test
    void discardedDeadLetterIsRecordedWithItsReasonAndNeverReplayed() {
        String slug = "discarded-" + UUID.randomUUID();
        recorder.refuse(slug);
        String eventId = produce(Topics.INSTITUTIONS, slug);
        String id = (String) awaitWaiting(eventId).get("id");

        admin().contentType("application/json").body("{\"reason\": \"superseded by a newer version\"}")
                .post(DEAD_LETTERS + "/" + id + "/discard").then().statusCode(200)
                .body("state", equalTo("discarded"))
                .body("discardReason", equalTo("superseded by a newer version"))
                .body("settledBy", equalTo("test"));
        recorder.accept(slug);

        admin().post(DEAD_LETTERS + "/" + id + "/replay").then().statusCode(409)
                .body("detail", containsString("never replayed"));
        List<Object> replayed = admin().post(DEAD_LETTERS + "/replay").then().statusCode(200)
                .extract().jsonPath().getList("replayed.deadLetter.id");
        assertThat(replayed).doesNotContain(id);
        admin().contentType("application/json").body("{\"reason\": \"twice\"}")
                .post(DEAD_LETTERS + "/" + id + "/discard").then().statusCode(409);
        assertThat(applied(eventId)).isZero();
        assertThat(ids(list("?state=discarded&limit=200"))).contains(id);
    }

    @Test
    void replayingAllAppliesEveryWaitingDeadLetterOfATopicFromEitherConsumer() {
        String first = "all-" + UUID.randomUUID();
        String second = "all-" + UUID.randomUUID();
        recorder.refuse(first);
        recorder.refuse(second);
        String firstId = produce(Topics.INSTITUTIONS, first);
        String secondId = produce(Topics.INSTITUTIONS, second);
        awaitWaiting(firstId);
        awaitWaiting(secondId);
        String batchPoison = UUID.randomUUID().toString();
        kafka.produce(InstitutionBatchRecorder.TOPIC, UUID.randomUUID().toString(),
                EventJson.write(InstitutionPublisher.institution("poison")), cloudEvent(batchPoison));
        Map<String, Object> fromBatch = awaitWaiting(batchPoison);
        assertThat(fromBatch).containsEntry("consumer", InstitutionBatchRecorder.CONSUMER);

        recorder.accept(first);
        recorder.accept(second);
        JsonPath answer = admin().queryParam("topic", Topics.INSTITUTIONS).post(DEAD_LETTERS + "/replay")
                .then().statusCode(200).extract().jsonPath();

        assertThat(answer.getList("replayed.deadLetter.eventId")).contains(firstId, secondId)
                .doesNotContain(batchPoison);
        assertThat(applied(firstId)).isEqualTo(1);
        assertThat(applied(secondId)).isEqualTo(1);
        // the batch consumer's poison is of another topic: still waiting
        assertThat(ids(list("?topic=" + InstitutionBatchRecorder.TOPIC))).contains((String) fromBatch.get("id"));
    }

    @Test
    void onlyAnAdminOfThisServiceReachesItsDeadLetters() {
        given().get(DEAD_LETTERS).then().statusCode(401);
        given().auth().oauth2(TestTokens.curator()).get(DEAD_LETTERS).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/admin/dead-letters/cases-service").then()
                .statusCode(404);
        admin().get(DEAD_LETTERS + "?state=lost").then().statusCode(400).body("errors[0].field", equalTo("state"));
        admin().get(DEAD_LETTERS + "/" + UUID.randomUUID()).then().statusCode(404);
        admin().contentType("application/json").body("{}")
                .post(DEAD_LETTERS + "/" + UUID.randomUUID() + "/discard").then().statusCode(400);
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.named(TestTokens.ADMIN, null, "test"));
    }

    private static List<Map<String, Object>> list(String query) {
        return admin().get(DEAD_LETTERS + query).then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("id")).toList();
    }

    private static Map<String, Object> awaitWaiting(String eventId) {
        return await().atMost(WAIT).until(() -> list("?limit=200").stream()
                .filter(item -> eventId.equals(item.get("eventId"))).findFirst(), found -> found.isPresent()).get();
    }

    private String produce(String topic, String slug) {
        String eventId = UUID.randomUUID().toString();
        kafka.produce(topic, UUID.randomUUID().toString(), EventJson.write(InstitutionPublisher.institution(slug)),
                cloudEvent(eventId));
        return eventId;
    }

    private long applied(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from received_institution where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    private static Map<String, String> cloudEvent(String id) {
        return Map.of("ce_id", id, "ce_type", "institution.created.v1", "ce_source", "/test",
                "ce_specversion", "1.0", "content-type", "application/json", "ce_time", "2026-12-04T03:12:09Z");
    }
}
