package io.revitalization.cases.events;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.CaseRecord;
import io.revitalization.cases.domain.calendar.TypedYear;
import io.revitalization.events.CaseV1;
import io.revitalization.events.EvidenceV1;

import java.util.List;
import java.util.Map;

/** A case's full state as the {@code case.*.v1} events carry it. */
public final class CaseEventMapper {
    private CaseEventMapper() {
    }

    /** @param parentsOf each of the case's programs' parents, nearest first (see {@code ProgramParents}) */
    public static CaseV1 toEvent(CaseRecord record, CaseContent content, Map<String, List<String>> parentsOf) {
        return new CaseV1(
                record.id,
                record.slug,
                record.version,
                content.title(),
                content.summary(),
                content.country(),
                content.region() == null ? null
                        : new CaseV1.Region(content.region().prefecture(), content.region().municipality()),
                content.coordinates() == null ? null
                        : new CaseV1.Coordinates(content.coordinates().latitude(), content.coordinates().longitude()),
                content.leadInstitutionId(),
                content.institutions().stream()
                        .map(p -> new CaseV1.Participant(p.institutionId(), p.role().name())).toList(),
                content.stakeholders().stream()
                        .map(s -> new CaseV1.Stakeholder(s.kind().name(), s.institutionId(), s.description())).toList(),
                content.programs().stream()
                        .map(p -> new CaseV1.ProgramParticipation(p.program(),
                                p.years() == null ? null : p.years().stream().map(TypedYear::year).toList(),
                                parentsOf.getOrDefault(p.program(), List.of())))
                        .toList(),
                period(content.period()),
                content.sdgs(),
                content.themes(),
                content.indicators().stream().map(CaseEventMapper::indicator).toList(),
                evidence(content.evidence()),
                content.sensitive(),
                record.isDeleted(),
                record.updatedAt,
                content.sensitiveReason(),
                content.testimonies().stream()
                        .map(t -> new CaseV1.Testimony(t.speaker(), t.text(),
                                t.source() == null ? null : evidence(t.source()), t.sensitive()))
                        .toList());
    }

    private static CaseV1.Period period(CaseContent.Period period) {
        if (period == null) {
            return null;
        }
        return new CaseV1.Period(year(period.start()), year(period.end()), period.ongoing(),
                kind(period.start()), kind(period.end()));
    }

    private static CaseV1.Indicator indicator(CaseContent.Indicator indicator) {
        return new CaseV1.Indicator(indicator.code(), indicator.name(), indicator.unit(), indicator.kind().name(),
                indicator.series().stream()
                        .map(o -> new CaseV1.Observation(o.year().year(), o.value(), o.year().kind().name()))
                        .toList(),
                indicator.baseline(), indicator.target(), indicator.program(), year(indicator.baselineYear()),
                year(indicator.targetYear()));
    }

    private static List<EvidenceV1> evidence(List<CaseContent.Evidence> evidence) {
        return evidence.stream().map(CaseEventMapper::evidence).toList();
    }

    private static EvidenceV1 evidence(CaseContent.Evidence evidence) {
        return new EvidenceV1(evidence.source(), evidence.locator(), evidence.quote(), evidence.url());
    }

    private static Integer year(TypedYear year) {
        return year == null ? null : year.year();
    }

    private static String kind(TypedYear year) {
        return year == null ? null : year.kind().name();
    }
}
