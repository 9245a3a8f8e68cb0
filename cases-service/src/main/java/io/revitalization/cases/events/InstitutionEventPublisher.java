package io.revitalization.cases.events;

import io.revitalization.backbone.outbox.Outbox;
import io.revitalization.cases.app.InstitutionEvents;
import io.revitalization.cases.app.InstitutionView;
import io.revitalization.events.EventType;
import io.revitalization.events.EventTypes;
import io.revitalization.events.InstitutionV1;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes an institution's full state as the {@code institution.*.v1} events carry it, through the outbox. */
@ApplicationScoped
public class InstitutionEventPublisher implements InstitutionEvents {
    private final Outbox outbox;

    public InstitutionEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void created(InstitutionView institution) {
        publish(EventTypes.INSTITUTION_CREATED, institution);
    }

    @Override
    public void updated(InstitutionView institution) {
        publish(EventTypes.INSTITUTION_UPDATED, institution);
    }

    @Override
    public void deleted(InstitutionView institution) {
        publish(EventTypes.INSTITUTION_DELETED, institution);
    }

    private void publish(EventType<InstitutionV1> type, InstitutionView institution) {
        outbox.publish(type, institution.id(), institution.slug(), new InstitutionV1(institution.id(),
                institution.slug(), institution.version(), institution.kind().name(), institution.name(),
                institution.country(), institution.region(), institution.deleted(), institution.updatedAt()));
    }
}
