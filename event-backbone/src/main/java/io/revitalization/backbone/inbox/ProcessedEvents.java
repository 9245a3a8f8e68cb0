package io.revitalization.backbone.inbox;

import io.revitalization.support.persistence.NativeStatements;
import io.revitalization.support.persistence.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        return NativeStatements.change(entityManager, entityManager.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
                        ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .setParameter("type", eventType), "processed_event") == 1;
    }

    /**
     * Records the events in one statement; returns the ids this consumer had not processed yet (an id given twice
     * is recorded once).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> recordNew(String consumer, List<String> ids, List<String> types) {
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        List<String> recorded = ScalarQueries.create(entityManager, """
                        INSERT INTO processed_event (consumer, event_id, event_type)
                        SELECT :consumer, event.id, event.type
                        FROM unnest(CAST(:ids AS text[]), CAST(:types AS text[])) AS event (id, type)
                        ON CONFLICT DO NOTHING
                        RETURNING event_id""", "event_id", String.class)
                .setParameter("consumer", consumer)
                .setParameter("ids", ids.toArray(String[]::new))
                .setParameter("types", types.toArray(String[]::new))
                .getResultList();
        return new HashSet<>(recorded);
    }
}
