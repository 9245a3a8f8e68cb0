package io.revitalization.backbone.outbox;

import io.revitalization.backbone.config.BackboneConfig;
import io.revitalization.events.EventJson;
import io.revitalization.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Publishes an event the only safe way: as a row in the same transaction as the change. If the transaction
 * rolls back, the event never existed; if it commits, {@link OutboxRelay} delivers it at least once.
 */
@ApplicationScoped
public class Outbox {
    private final BackboneConfig config;
    private final Event<OutboxAppended> appended;

    public Outbox(BackboneConfig config, Event<OutboxAppended> appended) {
        this.config = config;
        this.appended = appended;
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
        message.occurredAt = OffsetDateTime.now();
        message.persist();
        appended.fire(new OutboxAppended());
        return message.id;
    }
}
