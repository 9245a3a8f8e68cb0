package io.revitalization.backbone.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.persistence.NativeStatements;
import io.revitalization.support.persistence.TimeOrderedIds;
import io.revitalization.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The dead-letter table: what consumers refused, kept as it arrived until an operator replays or discards it. */
@ApplicationScoped
public class DeadLetterStore {
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Event<DeadLetterKept> kept;

    public DeadLetterStore(EntityManager entityManager, ObjectMapper json, Event<DeadLetterKept> kept) {
        this.entityManager = entityManager;
        this.json = json;
        this.kept = kept;
    }

    /** Fired after a dead letter is stored, so its topic gets a gauge. */
    public record DeadLetterKept(String topic) {
    }

    /**
     * Keeps the refused record, in a transaction of its own. The same record refused again (delivered twice) is kept
     * once.
     */
    public void keep(String consumer, ConsumerRecord<String, String> record, String reason) {
        Map<String, String> headers = headers(record);
        QuarkusTransaction.requiringNew().run(() -> NativeStatements.change(entityManager,
                entityManager.createNativeQuery("""
                        INSERT INTO dead_letter (id, consumer, topic, kafka_partition, kafka_offset, record_key,
                                                 event_id, event_type, event_time, headers, payload, reason, state)
                        VALUES (:id, :consumer, :topic, :partition, :offset, :key, :eventId, :eventType, :eventTime,
                                CAST(:headers AS jsonb), :payload, :reason, 'waiting')
                        ON CONFLICT (consumer, topic, kafka_partition, kafka_offset) DO NOTHING""")
                .setParameter("id", TimeOrderedIds.next())
                .setParameter("consumer", consumer)
                .setParameter("topic", record.topic())
                .setParameter("partition", record.partition())
                .setParameter("offset", record.offset())
                .setParameter("key", record.key())
                .setParameter("eventId", headers.get("ce_id"))
                .setParameter("eventType", headers.get("ce_type"))
                .setParameter("eventTime", headers.get("ce_time"))
                .setParameter("headers", write(headers))
                .setParameter("payload", record.value())
                .setParameter("reason", reason == null ? "refused" : reason), "dead_letter"));
        kept.fire(new DeadLetterKept(record.topic()));
    }

    public Optional<DeadLetter> find(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> Optional.ofNullable(entityManager.find(DeadLetter.class, id)));
    }

    /** Dead letters in the order they arrived, of one state and optionally one topic. */
    public Page<DeadLetter> page(DeadLetterState state, Optional<String> topic, PageRequest request) {
        Optional<Long> after = request.decodedCursor(1).map(cursor -> parseSeq(cursor.value(0)));
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<DeadLetter> rows = inState(state, topic, after.orElse(0L), request.fetchSize());
            return Page.fromRows(rows, request, row -> Cursor.of(Long.toString(row.seq)));
        });
    }

    /** Up to {@code limit} dead letters of the state that arrived after {@code afterSeq}, oldest first. */
    public List<DeadLetter> inState(DeadLetterState state, Optional<String> topic, long afterSeq, int limit) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            var query = entityManager.createQuery("FROM DeadLetter WHERE state = :state AND seq > :after"
                            + (topic.isPresent() ? " AND topic = :topic" : "") + " ORDER BY seq", DeadLetter.class)
                    .setParameter("state", state.value())
                    .setParameter("after", afterSeq)
                    .setMaxResults(limit);
            topic.ifPresent(value -> query.setParameter("topic", value));
            return new ArrayList<>(query.getResultList());
        });
    }

    /** The topics dead letters have ever come from. */
    public List<String> topics() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("SELECT DISTINCT topic FROM DeadLetter", String.class).getResultList());
    }

    /** The record the consumer received: topic, place, key, headers and value. */
    public static ConsumerRecord<String, String> asReceived(DeadLetter letter) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(letter.topic, letter.partition, letter.offset,
                letter.key, letter.payload);
        letter.headers.forEach((name, value) -> record.headers().add(name,
                value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private String write(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers could not be written as JSON", e);
        }
    }

    private static long parseSeq(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", Cursor.MALFORMED);
        }
    }
}
