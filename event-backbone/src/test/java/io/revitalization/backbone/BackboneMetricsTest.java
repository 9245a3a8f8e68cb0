package io.revitalization.backbone;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.events.EventJson;
import io.revitalization.events.Topics;
import io.revitalization.testsupport.KafkaTestClient;
import io.revitalization.testsupport.TestTokens;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** What an operator reads on the management port's /q/metrics while events wait, drain and dead-letter. */
@QuarkusTest
class BackboneMetricsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters/backbone-test";

    // relative to the management interface's root, /q
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health/group/dead-letters", management = true)
    URL deadLetterHealth;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    private final EntityManager entityManager;
    private final KafkaTestClient kafka;
    private final InstitutionRecorder recorder;

    BackboneMetricsTest(EntityManager entityManager, InstitutionRecorder recorder,
                        @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.entityManager = entityManager;
        this.recorder = recorder;
        this.kafka = new KafkaTestClient(bootstrapServers);
    }

    @Test
    void outboxBacklogAndItsOldestRowsAgeRiseWhileARowWaitsAndFallWhenItIsSent() {
        UUID waiting = UUID.randomUUID();
        String slug = "waiting-" + waiting;
        // a row claimed by an instance that died before sending it: it waits until the claim lapses
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO outbox_message (id, topic, aggregate_id, type, source, subject, payload, occurred_at,
                                                    claimed_until)
                        VALUES (:id, 'revit.institutions.v1', :aggregate, 'institution.created.v1', '/backbone-test',
                                :slug, :payload, now() - interval '2 minutes', now() + interval '1 hour')""")
                .setParameter("id", waiting)
                .setParameter("aggregate", UUID.randomUUID().toString())
                .setParameter("slug", slug)
                .setParameter("payload", EventJson.write(InstitutionPublisher.institution(slug)))
                .executeUpdate());

        await().atMost(WAIT).untilAsserted(() -> {
            String text = scrape();
            assertThat(value(text, "outbox_backlog", "")).isGreaterThanOrEqualTo(1);
            assertThat(value(text, "outbox_oldest_age_seconds", "")).isGreaterThanOrEqualTo(120);
        });

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE outbox_message SET claimed_until = NULL WHERE id = :id")
                .setParameter("id", waiting).executeUpdate());

        await().atMost(WAIT).untilAsserted(() -> {
            String text = scrape();
            assertThat(value(text, "outbox_backlog", "")).isZero();
            assertThat(value(text, "outbox_oldest_age_seconds", "")).isZero();
        });
    }

    @Test
    void eventsConsumedAndDeadLettersAreCountedPerTypeAndTopic() {
        String consumed = "events_consumed_seconds_count";
        String byType = "consumer=\"backbone-test\",type=\"institution.created.v1\"";
        String deadLetters = "dead_letters_total";
        String byTopic = "consumer=\"backbone-test\",topic=\"revit.institutions.v1\"";
        String before = scrape();
        double consumedBefore = value(before, consumed, byType);
        double deadBefore = value(before, deadLetters, byTopic);

        String key = UUID.randomUUID().toString();
        kafka.produce(Topics.INSTITUTIONS, key, EventJson.write(InstitutionPublisher.institution("poison")),
                cloudEvent(UUID.randomUUID().toString()));
        kafka.produce(Topics.INSTITUTIONS, key,
                EventJson.write(InstitutionPublisher.institution("counted-" + key)), cloudEvent(key));

        await().atMost(WAIT).untilAsserted(() -> {
            String text = scrape();
            assertThat(value(text, deadLetters, byTopic)).isEqualTo(deadBefore + 1);
            assertThat(value(text, consumed, byType)).isGreaterThanOrEqualTo(consumedBefore + 1);
        });
    }

    @Test
    void deadLettersWaitingRiseWhileOneWaitsAndFallWhenItIsReplayedWhileTheHealthGroupSaysWhetherAnyWait() {
        String waiting = "dead_letters_waiting";
        String byTopic = "topic=\"revit.institutions.v1\"";
        assertThat(scrape()).contains(waiting + "{" + byTopic + "}");
        discardEveryWaitingDeadLetter();
        given().get(deadLetterHealth).then().statusCode(200).body("status", equalTo("UP"));
        double before = value(scrape(), waiting, byTopic);

        String slug = "metered-" + UUID.randomUUID();
        recorder.refuse(slug);
        kafka.produce(Topics.INSTITUTIONS, UUID.randomUUID().toString(),
                EventJson.write(InstitutionPublisher.institution(slug)), cloudEvent(UUID.randomUUID().toString()));

        await().atMost(WAIT).untilAsserted(() ->
                assertThat(value(scrape(), waiting, byTopic)).isEqualTo(before + 1));
        given().get(deadLetterHealth).then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks[0].name", equalTo("dead-letters"))
                .body("checks[0].data.'revit.institutions.v1'", equalTo(1));
        // dead letters do not take the service out of rotation
        given().get(readiness).then().statusCode(200);

        recorder.accept(slug);
        given().auth().oauth2(TestTokens.admin()).post(DEAD_LETTERS + "/replay").then().statusCode(200);

        assertThat(value(scrape(), waiting, byTopic)).isEqualTo(before);
        given().get(deadLetterHealth).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void consumerGroupLagIsZeroWhenIdleAndCountsWhatTheGroupHasNotCommitted() {
        String lag = "consumer_group_lag";
        String byGroup = "group=\"backbone-test\",topic=\"revit.institutions.v1\"";
        await().atMost(WAIT).untilAsserted(() -> {
            String text = scrape();
            assertThat(text).contains(lag + "{" + byGroup + "}");
            assertThat(value(text, lag, byGroup)).isZero();
        });

        String held = "held-" + UUID.randomUUID();
        CountDownLatch release = recorder.holdAt(held);
        try {
            for (String slug : List.of(held, "behind-" + UUID.randomUUID(), "behind-" + UUID.randomUUID())) {
                kafka.produce(Topics.INSTITUTIONS, UUID.randomUUID().toString(),
                        EventJson.write(InstitutionPublisher.institution(slug)),
                        cloudEvent(UUID.randomUUID().toString()));
            }
            await().atMost(WAIT).untilAsserted(() -> assertThat(value(scrape(), lag, byGroup)).isGreaterThanOrEqualTo(2));
        } finally {
            release.countDown();
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(value(scrape(), lag, byGroup)).isZero());
    }

    private static void discardEveryWaitingDeadLetter() {
        List<String> ids = given().auth().oauth2(TestTokens.admin()).get(DEAD_LETTERS + "?limit=200").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        ids.forEach(id -> given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"reason\": \"left by another test\"}").post(DEAD_LETTERS + "/" + id + "/discard")
                .then().statusCode(200));
    }

    private String scrape() {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }

    /** The sample's value; 0 when the series is not there yet (a counter that never counted). */
    private static double value(String text, String name, String labels) {
        String labelPattern = labels.isEmpty() ? "(\\{[^}]*})?" : "\\{[^}]*" + Pattern.quote(labels) + "[^}]*}";
        // a counter's sample may end with an exemplar (" # {trace_id=…} …"): OpenTelemetry is on
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + labelPattern + " (\\S+)(?: # .*)?$").matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(matcher.groupCount())) : 0;
    }

    private static Map<String, String> cloudEvent(String id) {
        return Map.of("ce_id", id, "ce_type", "institution.created.v1", "ce_source", "/test",
                "ce_specversion", "1.0", "content-type", "application/json");
    }
}
