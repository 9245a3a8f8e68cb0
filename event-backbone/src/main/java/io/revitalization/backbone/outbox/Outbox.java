package io.revitalization.backbone.outbox;

import io.revitalization.backbone.config.BackboneConfig;
import io.revitalization.backbone.consistency.WriteTracker;
import io.revitalization.events.EventJson;
import io.revitalization.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Publishes an event the only safe way: as a row in the same transaction as the change. If the transaction
 * rolls back, the event never existed; if it commits, {@link OutboxRelay} delivers it at least once.
 */
@ApplicationScoped
public class Outbox {
    private static final Object APPENDED = OutboxAppended.class;

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

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(EventType<T> type, UUID aggregateId, String subject, T payload) {
        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID();
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
        message.persist();
        // one wake-up per transaction: the relay publishes every row committed by then (a bulk import writes 500)
        if (transactions.getResource(APPENDED) == null) {
            transactions.putResource(APPENDED, Boolean.TRUE);
            appended.fire(new OutboxAppended());
        }
        return message.id;
    }
}
