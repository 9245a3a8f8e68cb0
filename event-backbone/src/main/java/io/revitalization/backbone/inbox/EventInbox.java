package io.revitalization.backbone.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revitalization.backbone.config.BackboneConfig;
import io.revitalization.events.EventJson;
import io.revitalization.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Applies a Kafka record exactly once per consumer: the event id goes into {@code processed_event} in the same
 * transaction as the handler's effect, so a redelivered event changes nothing. An unreadable event, or one the
 * handler rejects, is thrown out as a {@link PoisonEventException}: with SmallRye's {@code dead-letter-queue}
 * failure strategy on the channel it lands on the dead-letter topic with the reason, and the next event is
 * processed. Passing failures (the database restarting) are retried in place with backoff, keeping the order.
 */
@ApplicationScoped
public class EventInbox {
    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final ProcessedEvents processedEvents;
    private final BackboneConfig config;

    public EventInbox(ProcessedEvents processedEvents, BackboneConfig config) {
        this.processedEvents = processedEvents;
        this.config = config;
    }

    public void process(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        try {
            apply(consumer, record, handlers);
        } catch (PoisonEventException e) {
            LOG.errorf("%s sends the record at %s-%d@%d to its dead-letter topic: %s", consumer, record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            throw e;
        }
    }

    private void apply(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        String typeName = header(record, "ce_type")
                .orElseThrow(() -> new PoisonEventException("no ce_type header: not a CloudEvent of this suite"));
        Optional<EventHandlers.Registration<?>> registration = handlers.forType(typeName);
        if (registration.isEmpty()) {
            LOG.debugf("%s skips event type %s it does not handle", consumer, typeName);
            return;
        }
        ReceivedEvent<?> event = decode(record, registration.get().type());
        applyOnce(consumer, event, registration.get());
    }

    private void applyOnce(String consumer, ReceivedEvent<?> event, EventHandlers.Registration<?> registration) {
        Duration backoff = config.inbox().initialBackoff();
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (processedEvents.recordIfNew(consumer, event.id(), event.type().name())) {
                        registration.handle(event);
                    } else {
                        LOG.debugf("%s already processed event %s; redelivery ignored", consumer, event.id());
                    }
                });
                return;
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw new PoisonEventException(event.type().name() + " " + event.id() + " could not be applied: "
                            + rootMessage(e), e);
                }
                LOG.warnf("%s could not apply event %s now (%s); retrying in %s", consumer, event.id(),
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
