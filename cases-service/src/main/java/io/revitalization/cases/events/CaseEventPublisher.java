package io.revitalization.cases.events;

import io.revitalization.backbone.outbox.Outbox;
import io.revitalization.cases.app.CaseEvents;
import io.revitalization.cases.app.ProgramParents;
import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.CaseRecord;
import io.revitalization.events.CaseV1;
import io.revitalization.events.EventType;
import io.revitalization.events.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Publishes a case's full state as the {@code case.*.v1} events carry it, through the outbox. */
@ApplicationScoped
public class CaseEventPublisher implements CaseEvents {
    private final Outbox outbox;
    private final ProgramParents programParents;

    public CaseEventPublisher(Outbox outbox, ProgramParents programParents) {
        this.outbox = outbox;
        this.programParents = programParents;
    }

    @Override
    public void created(CaseRecord record, CaseContent content) {
        publish(EventTypes.CASE_CREATED, record, content);
    }

    @Override
    public void createdAll(List<CaseRecord> records) {
        outbox.publishAll(EventTypes.CASE_CREATED, records.stream()
                .map(record -> new Outbox.Pending<>(record.id, record.slug, event(record, record.content)))
                .toList());
    }

    @Override
    public void updated(CaseRecord record, CaseContent content) {
        publish(EventTypes.CASE_UPDATED, record, content);
    }

    @Override
    public void deleted(CaseRecord record, CaseContent content) {
        publish(EventTypes.CASE_DELETED, record, content);
    }

    private void publish(EventType<CaseV1> type, CaseRecord record, CaseContent content) {
        outbox.publish(type, record.id, record.slug, event(record, content));
    }

    private CaseV1 event(CaseRecord record, CaseContent content) {
        return CaseEventMapper.toEvent(record, content,
                programParents.of(content.programs().stream().map(CaseContent.ProgramYears::program).toList()));
    }
}
