package io.revitalization.partnerships.events;

import io.revitalization.backbone.inbox.EventHandlers;
import io.revitalization.backbone.inbox.EventInbox;
import io.revitalization.backbone.inbox.InboxConsumer;
import io.revitalization.backbone.inbox.PoisonEventException;
import io.revitalization.events.EventTypes;
import io.revitalization.events.InstitutionV1;
import io.revitalization.partnerships.app.InstitutionCommand;
import io.revitalization.partnerships.app.InstitutionDirectory;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/** Keeps the institution directory in step with cases-service ({@code revit.institutions.v1}), a poll at a time. */
@ApplicationScoped
public class InstitutionEventsConsumer implements InboxConsumer {
    static final String CONSUMER = "partnerships-service.institutions";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public InstitutionEventsConsumer(EventInbox inbox, InstitutionDirectory directory) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(EventTypes.INSTITUTION_CREATED, event -> directory.apply(command(event.payload(), false)))
                .on(EventTypes.INSTITUTION_UPDATED, event -> directory.apply(command(event.payload(), false)))
                .on(EventTypes.INSTITUTION_DELETED, event -> directory.apply(command(event.payload(), true)))
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

    @Incoming("institutions-in")
    @Blocking
    public CompletionStage<Void> onInstitutionEvents(KafkaRecordBatch<String, String> records) {
        return inbox.processBatch(CONSUMER, records, handlers);
    }

    private static InstitutionCommand command(InstitutionV1 event, boolean deleted) {
        if (event == null || event.id() == null || event.name() == null) {
            throw new PoisonEventException("an institution event needs an id and a name");
        }
        return new InstitutionCommand(event.id(), event.slug(), event.version(), event.kind(), event.name(),
                event.country(), deleted || event.deleted(), event.updatedAt());
    }
}
