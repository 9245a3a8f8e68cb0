package io.revitalization.backbone.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The processed-event log of a consumer, written in the transaction of the event's effect. */
@ApplicationScoped
public class ProcessedEvents {
    private final EntityManager entityManager;

    public ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the event; {@code false} when this consumer has already processed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordIfNew(String consumer, String eventId, String eventType) {
        return entityManager.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
                        ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .setParameter("type", eventType)
                .executeUpdate() == 1;
    }
}
