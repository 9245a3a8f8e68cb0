package io.revitalization.backbone;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.events.EventJson;
import io.revitalization.testsupport.KafkaTestClient;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A channel consuming in batches: each burst below is sent as one Kafka record batch under one key, so the
 * consumer polls it whole and {@code EventInbox.processBatch} gets it in one piece.
 */
@QuarkusTest
class BatchInboxTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final EntityManager entityManager;
    private final String bootstrapServers;
    private final KafkaTestClient kafka;

    BatchInboxTest(EntityManager entityManager, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.entityManager = entityManager;
        this.bootstrapServers = bootstrapServers;
        this.kafka = new KafkaTestClient(bootstrapServers);
    }

    @Test
    void batchIsAppliedOnceInOneTransactionAndHandedOverTogether() {
        List<Event> events = IntStream.range(0, 20).mapToObj(i -> Event.of("batch-" + i)).toList();
        List<Event> withRepeat = new ArrayList<>(events);
        withRepeat.add(events.get(3)); // the same event twice in one batch

        sendAsOneBatch(withRepeat);

        awaitApplied(events);
        assertThat(timesApplied(events)).isEqualTo(events.size());
        assertThat(count("SELECT count(DISTINCT transaction_id) FROM received_institution_batch WHERE event_id IN "
                + idList(events))).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM processed_event WHERE consumer = '" + InstitutionBatchRecorder.CONSUMER
                + "' AND event_id IN " + idList(events))).isEqualTo(events.size());
        // the handler took the poll's events as one list, the repeated one once
        assertThat(count("SELECT min(run_size) FROM received_institution_batch WHERE event_id IN " + idList(events)))
                .isEqualTo(events.size());
    }

    @Test
    void redeliveredBatchChangesNothing() {
        List<Event> events = IntStream.range(0, 10).mapToObj(i -> Event.of("again-" + i)).toList();
        sendAsOneBatch(events);
        awaitApplied(events);
        Map<String, Long> transactionsBefore = transactionsOf(events);

        Event fence = Event.of("fence");
        List<Event> redelivery = new ArrayList<>(events);
        redelivery.add(fence);
        sendAsOneBatch(redelivery);
        awaitApplied(List.of(fence));

        assertThat(transactionsOf(events)).isEqualTo(transactionsBefore);
        assertThat(timesApplied(events)).isEqualTo(events.size());
    }

    @Test
    void poisonEventInABatchGoesToTheDeadLetterTopicAloneAndTheOthersAreApplied() {
        Event first = Event.of("before-poison");
        Event unreadable = new Event(UUID.randomUUID().toString(), "{not json");
        Event middle = Event.of("between-poisons");
        Event refused = Event.of("poison");
        Event last = Event.of("after-poison");
        List<Event> good = List.of(first, middle, last);

        sendAsOneBatch(List.of(first, unreadable, middle, refused, last));

        awaitApplied(good);
        assertThat(timesApplied(good)).isEqualTo(good.size());
        List<ConsumerRecord<String, String>> deadLetters = kafka.consumeUntil(InstitutionBatchRecorder.DEAD_LETTERS,
                withId(refused.id()), WAIT);
        ConsumerRecord<String, String> refusedLetter = deadLetters.stream().filter(withId(refused.id())).findFirst()
                .orElseThrow();
        ConsumerRecord<String, String> unreadableLetter = deadLetters.stream().filter(withId(unreadable.id()))
                .findFirst().orElseThrow();
        assertThat(KafkaTestClient.header(refusedLetter, "dead-letter-reason")).get().asString()
                .contains("slug 'poison' is refused");
        assertThat(KafkaTestClient.header(unreadableLetter, "dead-letter-reason")).get().asString()
                .contains("not a valid InstitutionV1");
        assertThat(deadLetters).noneMatch(record -> good.stream().anyMatch(event -> withId(event.id()).test(record)));
        assertThat(count("SELECT count(*) FROM received_institution_batch WHERE event_id IN ('" + unreadable.id()
                + "', '" + refused.id() + "')")).isZero();
    }

    /** Sends the events under one key with a single flush: one record batch in the log, one poll. */
    private void sendAsOneBatch(List<Event> events) {
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 1000), new StringSerializer(), new StringSerializer())) {
            for (Event event : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(InstitutionBatchRecorder.TOPIC, key,
                        event.payload());
                cloudEvent(event.id()).forEach((name, value) ->
                        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
    }

    private void awaitApplied(List<Event> events) {
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM received_institution_batch WHERE event_id IN "
                + idList(events)) == events.size());
    }

    private long timesApplied(List<Event> events) {
        return count("SELECT sum(applications) FROM received_institution_batch WHERE event_id IN " + idList(events));
    }

    private Map<String, Long> transactionsOf(List<Event> events) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("SELECT event_id, transaction_id FROM "
                    + "received_institution_batch WHERE event_id IN " + idList(events)).getResultList();
            return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        });
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static String idList(List<Event> events) {
        return events.stream().map(event -> "'" + event.id() + "'").collect(Collectors.joining(",", "(", ")"));
    }

    private static Map<String, String> cloudEvent(String id) {
        return Map.of("ce_id", id, "ce_type", "institution.created.v1", "ce_source", "/test",
                "ce_specversion", "1.0", "content-type", "application/json");
    }

    private static Predicate<ConsumerRecord<String, String>> withId(String eventId) {
        return record -> KafkaTestClient.header(record, "ce_id").filter(eventId::equals).isPresent();
    }

    private record Event(String id, String payload) {
        static Event of(String slugPrefix) {
            String id = UUID.randomUUID().toString();
            String slug = slugPrefix.equals("poison") ? "poison" : slugPrefix + "-" + id;
            return new Event(id, EventJson.write(InstitutionPublisher.institution(slug)));
        }
    }
}
