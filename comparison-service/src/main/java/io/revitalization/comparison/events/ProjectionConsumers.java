package io.revitalization.comparison.events;

import io.revitalization.backbone.inbox.EventHandlers;
import io.revitalization.backbone.inbox.EventInbox;
import io.revitalization.comparison.service.ProjectionService;
import io.revitalization.events.EventTypes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the projections of cases, institutions and partnerships from the other services' events. */
@ApplicationScoped
public class ProjectionConsumers {
    static final String CONSUMER = "comparison-service";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public ProjectionConsumers(EventInbox inbox, ProjectionService projections) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(EventTypes.CASE_CREATED, event -> projections.applyCase(event.payload(), false))
                .on(EventTypes.CASE_UPDATED, event -> projections.applyCase(event.payload(), false))
                .on(EventTypes.CASE_DELETED, event -> projections.applyCase(event.payload(), true))
                .on(EventTypes.INSTITUTION_CREATED, event -> projections.applyInstitution(event.payload(), false))
                .on(EventTypes.INSTITUTION_UPDATED, event -> projections.applyInstitution(event.payload(), false))
                .on(EventTypes.INSTITUTION_DELETED, event -> projections.applyInstitution(event.payload(), true))
                .on(EventTypes.PARTNERSHIP_CREATED, event -> projections.applyPartnership(event.payload()))
                .on(EventTypes.PARTNERSHIP_UPDATED, event -> projections.applyPartnership(event.payload()))
                .on(EventTypes.PARTNERSHIP_PHASE_CHANGED, event -> projections.applyPhaseChange(event.payload()))
                .build();
    }

    @Incoming("cases-in")
    @Blocking
    public void onCaseEvent(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, handlers);
    }

    @Incoming("institutions-in")
    @Blocking
    public void onInstitutionEvent(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, handlers);
    }

    @Incoming("partnerships-in")
    @Blocking
    public void onPartnershipEvent(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, handlers);
    }
}
