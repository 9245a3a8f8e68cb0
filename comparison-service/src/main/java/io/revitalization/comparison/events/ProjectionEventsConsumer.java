package io.revitalization.comparison.events;

import io.revitalization.backbone.inbox.EventHandlers;
import io.revitalization.backbone.inbox.EventInbox;
import io.revitalization.backbone.inbox.InboxConsumer;
import io.revitalization.comparison.app.readmodel.Projections;
import io.revitalization.events.EventTypes;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.concurrent.CompletionStage;

import static io.revitalization.comparison.events.ProjectionEventMapping.caseUpdate;
import static io.revitalization.comparison.events.ProjectionEventMapping.institutionUpdate;
import static io.revitalization.comparison.events.ProjectionEventMapping.partnershipUpdate;
import static io.revitalization.comparison.events.ProjectionEventMapping.phaseChange;

/**
 * Keeps the projections of cases, institutions and partnerships from the other services' events, a poll of each
 * topic in one transaction (the projections are version-checked, so several events of one case in a batch end
 * at its newest state). A poll's case events are applied together, set-based.
 */
@ApplicationScoped
public class ProjectionEventsConsumer implements InboxConsumer {
    static final String CONSUMER = "comparison-service";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public ProjectionEventsConsumer(EventInbox inbox, Projections projections) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .together(List.of(EventTypes.CASE_CREATED, EventTypes.CASE_UPDATED, EventTypes.CASE_DELETED),
                        events -> projections.applyCases(events.stream()
                                .map(event -> caseUpdate(event.payload(), event.type().equals(EventTypes.CASE_DELETED)))
                                .toList()))
                .on(EventTypes.INSTITUTION_CREATED,
                        event -> projections.applyInstitution(institutionUpdate(event.payload(), false)))
                .on(EventTypes.INSTITUTION_UPDATED,
                        event -> projections.applyInstitution(institutionUpdate(event.payload(), false)))
                .on(EventTypes.INSTITUTION_DELETED,
                        event -> projections.applyInstitution(institutionUpdate(event.payload(), true)))
                .on(EventTypes.PARTNERSHIP_CREATED,
                        event -> projections.applyPartnership(partnershipUpdate(event.payload())))
                .on(EventTypes.PARTNERSHIP_UPDATED,
                        event -> projections.applyPartnership(partnershipUpdate(event.payload())))
                .on(EventTypes.PARTNERSHIP_PHASE_CHANGED,
                        event -> projections.applyPhaseChange(phaseChange(event.payload())))
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

    @Incoming("cases-in")
    @Blocking
    public CompletionStage<Void> onCaseEvents(KafkaRecordBatch<String, String> records) {
        return inbox.processBatch(CONSUMER, records, handlers);
    }

    @Incoming("institutions-in")
    @Blocking
    public CompletionStage<Void> onInstitutionEvents(KafkaRecordBatch<String, String> records) {
        return inbox.processBatch(CONSUMER, records, handlers);
    }

    @Incoming("partnerships-in")
    @Blocking
    public CompletionStage<Void> onPartnershipEvents(KafkaRecordBatch<String, String> records) {
        return inbox.processBatch(CONSUMER, records, handlers);
    }
}
