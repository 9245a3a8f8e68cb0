package io.revitalization.cases.api;

import io.revitalization.cases.app.CaseView;
import io.revitalization.cases.app.InstitutionView;
import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.calendar.DisplayYear;
import io.revitalization.cases.domain.calendar.TypedYear;
import io.revitalization.values.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Renders {@link CaseView}s as {@link CaseResponse}s. */
@ApplicationScoped
public class CaseResponses {
    public CaseResponse of(CaseView view, List<String> languages) {
        CaseContent content = view.content();
        Map<UUID, InstitutionView> institutions = view.institutions();
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
                content.programs().stream().map(p -> programYears(p, view.programNames())).toList(),
                period,
                content.sdgs(),
                content.themes(),
                content.indicators().stream().map(CaseResponses::indicator).toList(),
                content.evidence(),
                content.testimonies(),
                content.sensitive(),
                content.sensitiveReason(),
                content.provenance(),
                view.withheld(),
                view.deleted(),
                display,
                view.createdAt(),
                view.updatedAt());
    }

    static InstitutionRef ref(InstitutionView institution) {
        return new InstitutionRef(institution.id(), institution.slug(), institution.kind(), institution.name(),
                institution.country(), institution.deleted());
    }

    private static InstitutionRef ref(UUID id, Map<UUID, InstitutionView> institutions) {
        return id == null ? null : Optional.ofNullable(institutions.get(id)).map(CaseResponses::ref)
                .orElse(new InstitutionRef(id, null, null, null, null, true));
    }

    private static CaseResponse.ProgramYears programYears(CaseContent.ProgramYears participation,
                                                          Map<String, LocalizedText> programNames) {
        List<TypedYear> years = participation.years();
        return new CaseResponse.ProgramYears(participation.program(), programNames.get(participation.program()),
                years == null ? null : years.stream().map(TypedYear::year).toList(),
                years == null ? null : years.stream().map(DisplayYear::of).toList(),
                participation.categories() == null ? List.of() : participation.categories());
    }

    private static CaseResponse.Period period(CaseContent.Period period) {
        if (period == null) {
            return null;
        }
        return new CaseResponse.Period(Years.number(period.start()), Years.number(period.end()), period.ongoing(),
                Years.display(period.start()), Years.display(period.end()));
    }

    private static CaseResponse.Indicator indicator(CaseContent.Indicator indicator) {
        return new CaseResponse.Indicator(indicator.code(), indicator.name(), indicator.unit(), indicator.kind(),
                indicator.program(), indicator.scope(), indicator.denominator(), observations(indicator.series()),
                indicator.targets() == null ? List.of() : observations(indicator.targets()),
                indicator.baseline(), Years.number(indicator.baselineYear()), Years.display(indicator.baselineYear()),
                indicator.target(), Years.number(indicator.targetYear()), Years.display(indicator.targetYear()),
                indicator.evidence());
    }

    private static List<CaseResponse.Observation> observations(List<CaseContent.Observation> observations) {
        return observations.stream()
                .map(o -> new CaseResponse.Observation(o.year().year(), o.value(), DisplayYear.of(o.year())))
                .toList();
    }
}
