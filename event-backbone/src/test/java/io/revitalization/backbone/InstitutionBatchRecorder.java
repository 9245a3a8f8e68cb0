package io.revitalization.backbone;

import io.revitalization.backbone.inbox.EventHandlers;
import io.revitalization.backbone.inbox.EventInbox;
import io.revitalization.backbone.inbox.InboxConsumer;
import io.revitalization.backbone.inbox.PoisonEventException;
import io.revitalization.backbone.inbox.ReceivedEvent;
import io.revitalization.events.EventTypes;
import io.revitalization.events.InstitutionV1;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The batch consumer of the test app: takes the consecutive institution events of a poll together and records each
 * with its transaction and the number of events it came with, counting how often it was applied; slug "poison"
 * breaks its rules.
 */
@ApplicationScoped
public class InstitutionBatchRecorder implements InboxConsumer {
    static final String CONSUMER = "backbone-test-batches";
    static final String TOPIC = "revit.backbone-test.batches.v1";
    static final String DEAD_LETTERS = TOPIC + ".dlq";

    private final EventInbox inbox;
    private final EntityManager entityManager;
    private final EventHandlers handlers;

    public InstitutionBatchRecorder(EventInbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.handlers = EventHandlers.builder()
                .together(List.of(EventTypes.INSTITUTION_CREATED),
                        events -> events.forEach(event -> record(event, events.size())))
                .build();
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming("institution-batches-in")
    @Blocking
    public CompletionStage<Void> onInstitutionEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(CONSUMER, batch, handlers);
    }

    private void record(ReceivedEvent<InstitutionV1> event, int runSize) {
        if ("poison".equals(event.payload().slug())) {
            throw new PoisonEventException("institution slug 'poison' is refused by this consumer");
        }
        entityManager.createNativeQuery("""
                        INSERT INTO received_institution_batch (event_id, slug, run_size) VALUES (:id, :slug, :runSize)
                        ON CONFLICT (event_id) DO UPDATE SET applications = received_institution_batch.applications + 1,
                            transaction_id = txid_current()""")
                .setParameter("id", event.id())
                .setParameter("slug", event.payload().slug())
                .setParameter("runSize", runSize)
                .executeUpdate();
    }
}
