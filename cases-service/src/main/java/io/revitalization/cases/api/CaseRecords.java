package io.revitalization.cases.api;

import io.revitalization.cases.app.CaseView;
import io.revitalization.cases.app.InstitutionView;
import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.calendar.TypedYear;
import io.revitalization.cases.domain.calendar.YearFormatter;
import io.revitalization.cases.domain.calendar.YearKind;
import io.revitalization.cases.domain.calendar.YearSystem;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A stored case in the shape imports and writes take ({@link CaseRequest}), so that the JSON export imports back
 * unchanged: institutions by slug, years typed as written (2022, FY2022, AY2022), no server-owned fields.
 */
final class CaseRecords {
    private CaseRecords() {
    }

    static CaseRequest of(CaseView view) {
        CaseContent content = view.content();
        Map<UUID, InstitutionView> institutions = view.institutions();
        return new CaseRequest(view.slug(), content.title(), content.summary(), content.country(),
                content.region() == null ? null
                        : new CaseRequest.RegionRequest(content.region().prefecture(), content.region().municipality()),
                content.coordinates() == null ? null
                        : new CaseRequest.CoordinatesRequest(content.coordinates().latitude(),
                        content.coordinates().longitude()),
                reference(content.leadInstitutionId(), institutions),
                map(content.institutions(), p -> new CaseRequest.ParticipantRequest(
                        reference(p.institutionId(), institutions), p.role())),
                map(content.stakeholders(), s -> new CaseRequest.StakeholderRequest(s.kind(),
                        reference(s.institutionId(), institutions), s.description())),
                map(content.programs(), p -> new CaseRequest.ProgramYearsRequest(p.program(),
                        map(p.years(), CaseRecords::year), p.categories())),
                content.period() == null ? null : new CaseRequest.PeriodRequest(year(content.period().start()),
                        year(content.period().end()), content.period().ongoing()),
                content.sdgs(), content.themes(),
                map(content.indicators(), CaseRecords::indicator),
                map(content.evidence(), CaseRecords::evidence),
                map(content.testimonies(), t -> new CaseRequest.TestimonyRequest(t.speaker(), t.text(),
                        evidence(t.source()), t.sensitive())),
                content.sensitive(), content.sensitiveReason(), content.provenance());
    }

    private static CaseRequest.IndicatorRequest indicator(CaseContent.Indicator indicator) {
        return new CaseRequest.IndicatorRequest(indicator.code(), indicator.name(), indicator.unit(), indicator.kind(),
                indicator.program(), indicator.scope(), indicator.denominator(),
                map(indicator.series(), CaseRecords::observation), map(indicator.targets(), CaseRecords::observation),
                indicator.baseline(), year(indicator.baselineYear()), indicator.target(), year(indicator.targetYear()),
                map(indicator.evidence(), CaseRecords::evidence));
    }

    private static CaseRequest.ObservationRequest observation(CaseContent.Observation observation) {
        return new CaseRequest.ObservationRequest(year(observation.year()), observation.value());
    }

    private static EvidenceRequest evidence(CaseContent.Evidence evidence) {
        return evidence == null ? null : new EvidenceRequest(evidence.source(), evidence.locator(), evidence.quote(),
                evidence.url(), evidence.supports());
    }

    /** A calendar year as a number, a fiscal or academic year as the Gregorian string that says its kind. */
    private static YearInput year(TypedYear year) {
        if (year == null) {
            return null;
        }
        String written = YearFormatter.format(year, YearSystem.GREGORIAN).orElseThrow();
        return new YearInput(written, year.kind() == YearKind.CALENDAR);
    }

    /** The institution's slug; its id when it is no longer in the directory. */
    private static String reference(UUID id, Map<UUID, InstitutionView> institutions) {
        if (id == null) {
            return null;
        }
        InstitutionView institution = institutions.get(id);
        return institution == null ? id.toString() : institution.slug();
    }

    private static <T, R> List<R> map(List<T> items, Function<T, R> mapping) {
        return items == null ? null : items.stream().map(mapping).toList();
    }
}
