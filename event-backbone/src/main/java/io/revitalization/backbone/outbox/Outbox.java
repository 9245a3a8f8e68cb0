package io.revitalization.backbone.outbox;

import io.revitalization.backbone.config.BackboneConfig;
import io.revitalization.backbone.consistency.WriteTracker;
import io.revitalization.events.EventJson;
import io.revitalization.events.EventType;
import io.revitalization.support.persistence.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Publishes an event the only safe way: as a row in the same transaction as the change. If the transaction
 * rolls back, the event never existed; if it commits, {@link OutboxRelay} delivers it at least once.
 */
@ApplicationScoped
public class Outbox {
    private static final Object APPENDED = OutboxAppended.class;
    private static final String INSERT = "INSERT INTO outbox_message (id, topic, aggregate_id, type, source, subject, "
            + "payload, write_id, traceparent, tracestate, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final BackboneConfig config;
    private final Event<OutboxAppended> appended;
    private final TransactionSynchronizationRegistry transactions;
    private final WriteTracker writes;

    public Outbox(BackboneConfig config, Event<OutboxAppended> appended, TransactionSynchronizationRegistry transactions,
                  WriteTracker writes) {
        this.config = config;
        this.appended = appended;
        this.transactions = transactions;
        this.writes = writes;
    }

    /** One event of {@link #publishAll}: what {@link #publish} takes besides the type. */
    public record Pending<T>(UUID aggregateId, String subject, T payload) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(EventType<T> type, UUID aggregateId, String subject, T payload) {
        OutboxMessage message = message(type, aggregateId, subject, payload);
        message.persist();
        wakeAfterCommit();
        return message.id;
    }

    /**
     * {@link #publish} of many events of one type (a bulk import), the rows written at once as one JDBC batch on
     * the transaction's connection: the same rows, without the bookkeeping of an entity each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> void publishAll(EventType<T> type, List<Pending<T>> events) {
        if (events.isEmpty()) {
            return;
        }
        List<OutboxMessage> messages = new ArrayList<>(events.size());
        for (Pending<T> event : events) {
            messages.add(message(type, event.aggregateId(), event.subject(), event.payload()));
        }
        OutboxMessage.getEntityManager().unwrap(Session.class).doWork(connection -> insert(connection, messages));
        wakeAfterCommit();
    }

    private <T> OutboxMessage message(EventType<T> type, UUID aggregateId, String subject, T payload) {
        OutboxMessage message = new OutboxMessage();
        message.id = TimeOrderedIds.next();
        message.topic = type.topic();
        message.aggregateId = aggregateId.toString();
        message.type = type.name();
        message.source = config.source();
        message.subject = subject;
        message.payload = EventJson.write(payload);
        message.writeId = writes.published(type.topic());
        TraceContext trace = TraceContext.current();
        message.traceparent = trace.traceparent();
        message.tracestate = trace.tracestate();
        message.occurredAt = OffsetDateTime.now();
        return message;
    }

    /** One wake-up per transaction: the relay publishes every row committed by then (a bulk import writes 500). */
    private void wakeAfterCommit() {
        if (transactions.getResource(APPENDED) == null) {
            transactions.putResource(APPENDED, Boolean.TRUE);
            appended.fire(new OutboxAppended());
        }
    }

    private static void insert(Connection connection, List<OutboxMessage> messages) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (OutboxMessage message : messages) {
                int i = 0;
                insert.setObject(++i, message.id);
                insert.setString(++i, message.topic);
                insert.setString(++i, message.aggregateId);
                insert.setString(++i, message.type);
                insert.setString(++i, message.source);
                insert.setString(++i, message.subject);
                insert.setString(++i, message.payload);
                insert.setObject(++i, message.writeId, Types.OTHER);
                insert.setString(++i, message.traceparent);
                insert.setString(++i, message.tracestate);
                insert.setObject(++i, message.occurredAt);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
