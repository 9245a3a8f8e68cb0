package io.revitalization.backbone;

import io.revitalization.backbone.inbox.EventHandlers;
import io.revitalization.backbone.inbox.EventInbox;
import io.revitalization.backbone.inbox.PoisonEventException;
import io.revitalization.backbone.inbox.ReceivedEvent;
import io.revitalization.events.EventTypes;
import io.revitalization.events.InstitutionV1;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The consumer of the test app: records each institution event it applies; slug "poison" breaks its rules. */
@ApplicationScoped
public class InstitutionRecorder {
    static final String CONSUMER = "backbone-test";

    private final EventInbox inbox;
    private final EntityManager entityManager;
    private final EventHandlers handlers;

    public InstitutionRecorder(EventInbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.handlers = EventHandlers.builder()
                .on(EventTypes.INSTITUTION_CREATED, this::record)
                .build();
    }

    @Incoming("institutions-in")
    @Blocking
    public void onInstitutionEvent(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, handlers);
    }

    private void record(ReceivedEvent<InstitutionV1> event) {
        if ("poison".equals(event.payload().slug())) {
            throw new PoisonEventException("institution slug 'poison' is refused by this consumer");
        }
        entityManager.createNativeQuery("INSERT INTO received_institution (event_id, slug) VALUES (:id, :slug)")
                .setParameter("id", event.id())
                .setParameter("slug", event.payload().slug())
                .executeUpdate();
    }
}
