package io.revitalization.backbone.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revitalization.backbone.config.BackboneConfig;
import io.revitalization.backbone.consistency.AppliedWrites;
import io.revitalization.backbone.deadletter.DeadLetterStore;
import io.revitalization.backbone.outbox.OutboxRelay;
import io.revitalization.events.EventJson;
import io.revitalization.events.EventType;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Applies a Kafka record exactly once per consumer: the event id goes into {@code processed_event} in the same
 * transaction as the handler's effect, so a redelivered event changes nothing. An unreadable event, or one the
 * handler rejects, is thrown out as a {@link PoisonEventException}: it is kept in the dead-letter table for the
 * admin API ({@link io.revitalization.backbone.deadletter.DeadLetters}, which replays it through {@link #replay}),
 * with SmallRye's {@code dead-letter-queue} failure strategy on the channel it lands on the dead-letter topic with
 * the reason too, and the next event is processed. Passing failures (the database restarting) are retried in place with backoff, keeping the order.
 *
 * <p>A channel consuming in batches ({@code batch=true}) applies a whole poll in one transaction through
 * {@link #processBatch}: far fewer commits, and the same outcome as record by record. There a handler registered
 * {@linkplain EventHandlers.Builder#together together} for several types gets the poll's consecutive events of
 * them as one list, so it can apply them set-based.
 *
 * <p>Metrics: {@code events_consumed_seconds} (count and time of each applied event, by consumer and type) and
 * {@code dead_letters_total} (events sent to a dead-letter topic, by consumer and the topic they came from).
 */
@ApplicationScoped
public class EventInbox {
    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final ProcessedEvents processedEvents;
    private final EntityManager entityManager;
    private final BackboneConfig config;
    private final AppliedWrites appliedWrites;
    private final MeterRegistry meters;
    private final DeadLetterStore deadLetters;
    private final ConsumerSpans spans;

    public EventInbox(ProcessedEvents processedEvents, EntityManager entityManager, BackboneConfig config,
                      AppliedWrites appliedWrites, MeterRegistry meters, DeadLetterStore deadLetters,
                      ConsumerSpans spans) {
        this.processedEvents = processedEvents;
        this.entityManager = entityManager;
        this.config = config;
        this.appliedWrites = appliedWrites;
        this.meters = meters;
        this.deadLetters = deadLetters;
        this.spans = spans;
    }

    public void process(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        try {
            apply(consumer, record, handlers);
        } catch (PoisonEventException e) {
            LOG.errorf("%s sends the record at %s-%d@%d to its dead-letter topic: %s", consumer, record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            Counter.builder("dead.letters").description("events sent to the dead-letter topic")
                    .tag("consumer", consumer).tag("topic", record.topic()).register(meters).increment();
            keep(consumer, record, e.getMessage());
            throw e;
        }
    }

    /**
     * Applies a dead letter again, as a delivery from Kafka would: once per event id, in a transaction of its own.
     * Throws {@link PoisonEventException} when the consumer refuses it again (nothing is dead-lettered then: the
     * dead letter is still there).
     */
    public ReplayOutcome replay(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        Optional<Handled> handled = handled(consumer, record, handlers);
        if (handled.isEmpty()) {
            return ReplayOutcome.IGNORED;
        }
        return applyOnce(consumer, handled.get()) ? ReplayOutcome.APPLIED : ReplayOutcome.ALREADY_APPLIED;
    }

    /**
     * Keeps the refused record in the dead-letter table for the admin API, retrying while the database is away. If
     * it cannot be kept at all, the record still goes to the dead-letter topic.
     */
    private void keep(String consumer, ConsumerRecord<String, String> record, String reason) {
        Duration backoff = config.inbox().initialBackoff();
        while (true) {
            try {
                deadLetters.keep(consumer, record, reason);
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    LOG.errorf("%s could not keep the dead letter at %s-%d@%d (it is on the dead-letter topic only): %s",
                            consumer, record.topic(), record.partition(), record.offset(), rootMessage(e));
                    return;
                }
                LOG.warnf("%s could not keep a dead letter now (%s); retrying in %s", consumer, rootMessage(e), backoff);
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.inbox().maxBackoff());
            }
        }
    }

    /**
     * Applies the records of a batch in one transaction (each event recorded in the processed-event log, those
     * recorded before skipped) and acknowledges the batch once it has committed. When anything in the batch
     * fails, the batch is rolled back and its records go through {@link #process} one by one: a poison event is
     * nacked alone (to the dead-letter topic) and the others are applied. The batch is acknowledged only after
     * every dead letter has been written, so no offset is committed past an event that is neither applied nor
     * dead-lettered.
     */
    public CompletionStage<Void> processBatch(String consumer, KafkaRecordBatch<String, String> batch,
                                              EventHandlers handlers) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        try {
            applyAllOnce(consumer, records.stream().map(EventInbox::consumerRecord).toList(), handlers);
            return batch.ack();
        } catch (RuntimeException e) {
            LOG.infof("%s applies a batch of %d records one by one: %s", consumer, records.size(), rootMessage(e));
        }
        List<CompletableFuture<Void>> deadLetters = new ArrayList<>();
        for (KafkaRecord<String, String> record : records) {
            try {
                process(consumer, consumerRecord(record), handlers);
            } catch (PoisonEventException e) {
                deadLetters.add(record.nack(e).toCompletableFuture());
            }
        }
        return CompletableFuture.allOf(deadLetters.toArray(CompletableFuture[]::new))
                .thenCompose(written -> batch.ack());
    }

    private void apply(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        handled(consumer, record, handlers).ifPresent(handled -> applyOnce(consumer, handled));
    }

    private void applyAllOnce(String consumer, List<ConsumerRecord<String, String>> records, EventHandlers handlers) {
        List<Handled> batch = new ArrayList<>();
        records.forEach(record -> handled(consumer, record, handlers).ifPresent(batch::add));
        QuarkusTransaction.requiringNew().run(() -> {
            Set<String> fresh = processedEvents.recordNew(consumer, batch.stream().map(Handled::id).toList(),
                    batch.stream().map(Handled::typeName).toList());
            List<AppliedWrites.Applied> applied = new ArrayList<>();
            List<Handled> firstDeliveries = new ArrayList<>();
            for (Handled handled : batch) {
                // remove: an event delivered twice within the batch is applied at its first delivery only
                if (fresh.remove(handled.id())) {
                    firstDeliveries.add(handled);
                    handled.write().ifPresent(applied::add);
                }
            }
            for (List<Handled> run : runs(firstDeliveries)) {
                applyMeasured(consumer, run);
                // each run starts from an empty persistence context, as in a transaction of its own: every flush
                // checks each managed entity, so a context holding the whole batch made a batch quadratic
                entityManager.flush();
                entityManager.clear();
            }
            appliedWrites.count(applied);
        });
    }

    /**
     * The event and its handler. An event type the consumer does not handle is empty, unless the event belongs to
     * a write: then it is recorded and counted like the others (without a handler), so a token naming it is met.
     */
    private Optional<Handled> handled(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        String typeName = header(record, "ce_type")
                .orElseThrow(() -> new PoisonEventException("no ce_type header: not a CloudEvent of this suite"));
        Optional<AppliedWrites.Applied> write = header(record, "ce_" + OutboxRelay.WRITE_EXTENSION)
                .flatMap(EventInbox::uuid).map(id -> new AppliedWrites.Applied(id, record.topic()));
        Optional<EventHandlers.Registration<?>> registration = handlers.forType(typeName);
        if (registration.isEmpty()) {
            LOG.debugf("%s skips event type %s it does not handle", consumer, typeName);
            return write.map(applied -> new Handled(header(record, "ce_id")
                    .orElseThrow(() -> new PoisonEventException("no ce_id header")), typeName, null, null, applied,
                    record.topic(), null));
        }
        ReceivedEvent<?> event = decode(record, registration.get().type());
        return Optional.of(new Handled(event.id(), typeName, event, registration.get(), write.orElse(null),
                record.topic(), spans.sentIn(record)));
    }

    /**
     * An event to record; {@code event}, {@code registration} and {@code sentIn} (the trace context it was sent in)
     * are null for a type that is only counted.
     */
    private record Handled(String id, String typeName, ReceivedEvent<?> event,
                           EventHandlers.Registration<?> registration, AppliedWrites.Applied applied, String topic,
                           Context sentIn) {
        Optional<AppliedWrites.Applied> write() {
            return Optional.ofNullable(applied);
        }

        ConsumerSpans.Delivery delivery() {
            return new ConsumerSpans.Delivery(topic, id, typeName, sentIn);
        }
    }

    /**
     * The events to apply, cut into runs their handlers take at once ({@link EventHandlers.Builder#together});
     * events only counted are left out.
     */
    private static List<List<Handled>> runs(List<Handled> events) {
        List<List<Handled>> runs = new ArrayList<>();
        List<Handled> run = new ArrayList<>();
        for (Handled handled : events.stream().filter(handled -> handled.registration() != null).toList()) {
            if (!run.isEmpty() && !run.get(0).registration().handlesWith(handled.registration())) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(handled);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * Applies a run in the spans of its events; each event's time in {@code events_consumed_seconds} is its share of
     * the run's.
     */
    private void applyMeasured(String consumer, List<Handled> run) {
        long start = System.nanoTime();
        spans.inSpans(consumer, run.stream().map(Handled::delivery).toList(),
                () -> run.get(0).registration().handle(run.stream().<ReceivedEvent<?>>map(Handled::event).toList()));
        long share = (System.nanoTime() - start) / run.size();
        run.forEach(handled -> Timer.builder("events.consumed")
                .description("events applied by this service's consumers")
                .tag("consumer", consumer).tag("type", handled.typeName()).register(meters)
                .record(share, TimeUnit.NANOSECONDS));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("not a record received from Kafka: " + record));
    }

    /** Applies the event unless this consumer has already; {@code false} when it had. */
    private boolean applyOnce(String consumer, Handled handled) {
        Duration backoff = config.inbox().initialBackoff();
        while (true) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (processedEvents.recordIfNew(consumer, handled.id(), handled.typeName())) {
                        runs(List.of(handled)).forEach(run -> applyMeasured(consumer, run));
                        appliedWrites.count(handled.write().stream().toList());
                        return true;
                    }
                    LOG.debugf("%s already processed event %s; redelivery ignored", consumer, handled.id());
                    return false;
                });
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw new PoisonEventException(handled.typeName() + " " + handled.id() + " could not be applied: "
                            + rootMessage(e), e);
                }
                LOG.warnf("%s could not apply event %s now (%s); retrying in %s", consumer, handled.id(),
                        rootMessage(e), backoff);
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.inbox().maxBackoff());
            }
        }
    }

    private static <T> ReceivedEvent<T> decode(ConsumerRecord<String, String> record, EventType<T> type) {
        String id = header(record, "ce_id").orElseThrow(() -> new PoisonEventException("no ce_id header"));
        if (record.value() == null || record.value().isBlank()) {
            throw new PoisonEventException(type.name() + " " + id + " has no payload");
        }
        T payload;
        try {
            payload = EventJson.read(record.value(), type.payloadType());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(type.name() + " " + id + ": " + e.getMessage(), e);
        }
        OffsetDateTime time = header(record, "ce_time").map(EventInbox::parseTime).orElse(null);
        return new ReceivedEvent<>(id, type, header(record, "ce_source").orElse(null), time,
                header(record, "ce_subject").orElse(null), payload);
    }

    private static OffsetDateTime parseTime(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("ce_time is not an RFC 3339 time: " + value);
        }
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
