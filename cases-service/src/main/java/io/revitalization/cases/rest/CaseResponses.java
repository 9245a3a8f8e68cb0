package io.revitalization.cases.rest;

import io.revitalization.cases.calendar.DisplayYear;
import io.revitalization.cases.calendar.TypedYear;
import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.Program;
import io.revitalization.cases.mapping.StoredJson;
import io.revitalization.cases.service.CaseView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Renders {@link CaseView}s as {@link CaseResponse}s. */
@ApplicationScoped
public class CaseResponses {
    private final StoredJson json;

    public CaseResponses(StoredJson json) {
        this.json = json;
    }

    public CaseResponse of(CaseView view, List<String> languages) {
        CaseContent content = view.content();
        Map<UUID, Institution> institutions = view.institutions();
        InstitutionRef lead = ref(content.leadInstitutionId(), institutions);
        CaseResponse.Period period = period(content.period());
        String language = Languages.first(languages);
        CaseResponse.Display display = new CaseResponse.Display(language,
                content.title().pick(languages).orElse(null),
                lead == null || lead.name() == null ? null : lead.name().pick(languages).orElse(null),
                period == null ? null : Languages.year(period.start(), language),
                period == null ? null : Languages.year(period.end(), language));
        return new CaseResponse(view.id(), view.slug(), view.version(), content.title(), content.summary(),
                content.country(), content.region(), content.coordinates(), lead,
                content.institutions().stream()
                        .map(p -> new CaseResponse.Participant(ref(p.institutionId(), institutions), p.role()))
                        .toList(),
                content.stakeholders().stream()
                        .map(s -> new CaseResponse.Stakeholder(s.kind(), ref(s.institutionId(), institutions),
                                s.description()))
                        .toList(),
                content.programs().stream().map(p -> programYears(p, view.programs())).toList(),
                period,
                content.sdgs(),
                content.themes(),
                content.indicators().stream().map(CaseResponses::indicator).toList(),
                content.evidence(),
                content.testimonies(),
                content.sensitive(),
                content.sensitiveReason(),
                view.withheld(),
                view.deleted(),
                display,
                view.createdAt(),
                view.updatedAt());
    }

    public InstitutionRef ref(Institution institution) {
        return new InstitutionRef(institution.id, institution.slug, institution.kind, json.text(institution.name),
                institution.country, institution.isDeleted());
    }

    private InstitutionRef ref(UUID id, Map<UUID, Institution> institutions) {
        return id == null ? null : Optional.ofNullable(institutions.get(id)).map(this::ref)
                .orElse(new InstitutionRef(id, null, null, null, null, true));
    }

    private CaseResponse.ProgramYears programYears(CaseContent.ProgramYears participation, Map<String, Program> programs) {
        Program program = programs.get(participation.program());
        List<TypedYear> years = participation.years();
        return new CaseResponse.ProgramYears(participation.program(), program == null ? null : json.text(program.name),
                years == null ? null : years.stream().map(TypedYear::year).toList(),
                years == null ? null : years.stream().map(DisplayYear::of).toList());
    }

    private static CaseResponse.Period period(CaseContent.Period period) {
        if (period == null) {
            return null;
        }
        return new CaseResponse.Period(year(period.start()), year(period.end()), period.ongoing(),
                display(period.start()), display(period.end()));
    }

    private static CaseResponse.Indicator indicator(CaseContent.Indicator indicator) {
        return new CaseResponse.Indicator(indicator.code(), indicator.name(), indicator.unit(), indicator.kind(),
                indicator.program(),
                indicator.series().stream()
                        .map(o -> new CaseResponse.Observation(o.year().year(), o.value(), DisplayYear.of(o.year())))
                        .toList(),
                indicator.baseline(), year(indicator.baselineYear()), indicator.target(), year(indicator.targetYear()),
                indicator.evidence());
    }

    private static Integer year(TypedYear year) {
        return year == null ? null : year.year();
    }

    private static DisplayYear display(TypedYear year) {
        return year == null ? null : DisplayYear.of(year);
    }
}
