package io.revitalization.backbone;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.events.EventJson;
import io.revitalization.events.Topics;
import io.revitalization.testsupport.KafkaResource;
import io.revitalization.testsupport.KafkaTestClient;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class EventBackboneTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "revit.institutions.v1.backbone-test.dlq";

    private final InstitutionPublisher publisher;
    private final EntityManager entityManager;
    private final KafkaTestClient kafka;

    EventBackboneTest(InstitutionPublisher publisher, EntityManager entityManager,
                      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.publisher = publisher;
        this.entityManager = entityManager;
        this.kafka = new KafkaTestClient(bootstrapServers);
    }

    @Test
    void committedEventIsPublishedWithCloudEventsHeadersAndKeyedByAggregate() {
        UUID eventId = publisher.publish(List.of("committed-" + UUID.randomUUID())).get(0);

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.INSTITUTIONS, hasId(eventId), WAIT);

        Map<String, String> attributes = KafkaTestClient.cloudEventHeaders(record);
        assertThat(attributes).containsEntry("ce_type", "institution.created.v1")
                .containsEntry("ce_source", "/backbone-test")
                .containsKeys("ce_time", "ce_subject", "ce_specversion");
        assertThat(record.key()).isNotBlank();
        assertThat(EventJson.read(record.value(), io.revitalization.events.InstitutionV1.class).kind())
                .isEqualTo("UNIVERSITY");
        awaitApplied(eventId, 1);
    }

    @Test
    void outboxRowOfRolledBackTransactionIsNeverPublished() {
        String slug = "rolled-back-" + UUID.randomUUID();
        UUID abortedEventId = captureAbortedEventId(slug);
        UUID laterEventId = publisher.publish(List.of("after-rollback-" + UUID.randomUUID())).get(0);

        // the relay publishes in commit order: once the later event is out, the aborted one would be too
        List<ConsumerRecord<String, String>> read = kafka.consumeUntil(Topics.INSTITUTIONS, hasId(laterEventId), WAIT);

        assertThat(read).noneMatch(hasId(abortedEventId)::test);
        assertThat(countRows("select count(*) from outbox_message where id = '" + abortedEventId + "'")).isZero();
        assertThat(countRows("select count(*) from received_institution where slug = '" + slug + "'")).isZero();
    }

    @Test
    void eventDeliveredTwiceIsAppliedOnce() {
        String eventId = UUID.randomUUID().toString();
        String payload = EventJson.write(InstitutionPublisher.institution("twice-" + eventId));
        Map<String, String> headers = cloudEvent(eventId);

        kafka.produce(Topics.INSTITUTIONS, UUID.randomUUID().toString(), payload, headers);
        kafka.produce(Topics.INSTITUTIONS, UUID.randomUUID().toString(), payload, headers);
        UUID marker = publisher.publish(List.of("marker-" + eventId)).get(0);

        awaitApplied(marker, 1);
        assertThat(countRows("select count(*) from received_institution where event_id = '" + eventId + "'"))
                .isEqualTo(1);
    }

    @Test
    void poisonEventGoesToDeadLetterTopicWithReasonAndNextEventIsProcessed() {
        String unreadableId = UUID.randomUUID().toString();
        String refusedId = UUID.randomUUID().toString();
        String goodId = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();

        kafka.produce(Topics.INSTITUTIONS, key, "{not json", cloudEvent(unreadableId));
        kafka.produce(Topics.INSTITUTIONS, key, EventJson.write(InstitutionPublisher.institution("poison")),
                cloudEvent(refusedId));
        kafka.produce(Topics.INSTITUTIONS, key, EventJson.write(InstitutionPublisher.institution("good-" + goodId)),
                cloudEvent(goodId));

        await().atMost(WAIT).until(() -> countRows(
                "select count(*) from received_institution where event_id = '" + goodId + "'") == 1);
        ConsumerRecord<String, String> unreadable = kafka.awaitRecord(DEAD_LETTERS, hasCeId(unreadableId), WAIT);
        ConsumerRecord<String, String> refused = kafka.awaitRecord(DEAD_LETTERS, hasCeId(refusedId), WAIT);
        assertThat(KafkaTestClient.header(unreadable, "dead-letter-reason")).get().asString()
                .contains("not a valid InstitutionV1");
        assertThat(KafkaTestClient.header(refused, "dead-letter-reason")).get().asString()
                .contains("slug 'poison' is refused");
    }

    @Test
    void relayStoppedMidBatchAndRestartedLosesNothing() {
        List<String> slugs = IntStream.range(0, 1500).mapToObj(i -> "batch-" + i + "-" + UUID.randomUUID()).toList();
        List<UUID> eventIds = publisher.publish(slugs);

        KafkaResource.killBroker(); // the relay is in the middle of its batches: its sends now fail
        KafkaResource.restartBroker();

        await().atMost(Duration.ofSeconds(90)).until(() -> countRows(
                "select count(*) from outbox_message where published_at is null") == 0);
        Set<String> expected = eventIds.stream().map(UUID::toString).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(60)).until(() -> countRows(
                "select count(*) from received_institution where event_id in ("
                        + expected.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")")
                == expected.size());
        assertThat(countRows("select count(*) from processed_event where consumer = 'backbone-test' and event_id in ("
                + expected.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")"))
                .isEqualTo(expected.size());
    }

    private UUID captureAbortedEventId(String slug) {
        try {
            publisher.publishThenFail(slug);
        } catch (InstitutionPublisher.AbortedChange aborted) {
            return aborted.eventId;
        }
        throw new AssertionError("the change should have aborted");
    }

    private void awaitApplied(UUID eventId, int times) {
        await().atMost(WAIT).until(() -> countRows(
                "select count(*) from received_institution where event_id = '" + eventId + "'") == times);
    }

    private long countRows(String sql) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static Map<String, String> cloudEvent(String id) {
        return Map.of("ce_id", id, "ce_type", "institution.created.v1", "ce_source", "/test",
                "ce_specversion", "1.0", "content-type", "application/json");
    }

    private static java.util.function.Predicate<ConsumerRecord<String, String>> hasId(UUID eventId) {
        return hasCeId(eventId.toString());
    }

    private static java.util.function.Predicate<ConsumerRecord<String, String>> hasCeId(String eventId) {
        return record -> KafkaTestClient.header(record, "ce_id").filter(eventId::equals).isPresent();
    }
}
