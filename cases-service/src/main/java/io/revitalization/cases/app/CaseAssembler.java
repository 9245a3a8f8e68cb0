package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.IndicatorKind;
import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.InstitutionKind;
import io.revitalization.cases.domain.ParticipantRole;
import io.revitalization.cases.domain.Program;
import io.revitalization.cases.domain.calendar.CalendarParseException;
import io.revitalization.cases.domain.calendar.TypedYear;
import io.revitalization.cases.domain.calendar.WrittenYear;
import io.revitalization.cases.persistence.InstitutionRepository;
import io.revitalization.cases.persistence.ProgramRepository;
import io.revitalization.support.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Turns a case draft whose single fields were checked into {@link CaseContent}: resolves institution and program
 * references, reads years in any calendar, and checks what single fields cannot (the lead is a university, no
 * duplicates, program years inside the program's years, the period in order). Every problem is reported with
 * its field.
 */
@ApplicationScoped
public class CaseAssembler {
    private final InstitutionRepository institutions;
    private final ProgramRepository programs;

    public CaseAssembler(InstitutionRepository institutions, ProgramRepository programs) {
        this.institutions = institutions;
        this.programs = programs;
    }

    /** The institutions and programs a batch of drafts names, fetched in two queries. */
    public References referencesOf(Collection<CaseDraft> drafts) {
        Set<String> institutionRefs = new HashSet<>();
        Set<String> programCodes = new HashSet<>();
        for (CaseDraft draft : drafts) {
            institutionRefs.add(draft.leadInstitution());
            listOf(draft.institutions()).forEach(p -> institutionRefs.add(p.institution()));
            listOf(draft.stakeholders()).stream().map(CaseDraft.Stakeholder::institution)
                    .filter(Objects::nonNull).forEach(institutionRefs::add);
            listOf(draft.programs()).forEach(p -> programCodes.add(p.program()));
            listOf(draft.indicators()).stream().map(CaseDraft.Indicator::program)
                    .filter(Objects::nonNull).forEach(programCodes::add);
        }
        institutionRefs.remove(null);
        programCodes.remove(null);
        return new References(institutions.findByRefs(institutionRefs), programs.findByCodes(programCodes));
    }

    public Result assemble(CaseDraft draft, References references) {
        return new Assembly(draft, references).run();
    }

    /** Institutions by id and by slug (deleted ones included), and programs by code. */
    public static final class References {
        private final Map<String, Institution> institutionsByRef = new HashMap<>();
        private final Map<UUID, Institution> institutionsById = new HashMap<>();
        private final Map<String, Program> programsByCode;

        References(Collection<Institution> institutions, Map<String, Program> programsByCode) {
            for (Institution institution : institutions) {
                institutionsByRef.put(institution.slug, institution);
                institutionsByRef.put(institution.id.toString(), institution);
                institutionsById.put(institution.id, institution);
            }
            this.programsByCode = programsByCode;
        }

        Optional<Institution> institution(String ref) {
            return Optional.ofNullable(institutionsByRef.get(ref));
        }

        Optional<Program> program(String code) {
            return Optional.ofNullable(programsByCode.get(code));
        }

        public Map<UUID, Institution> byId() {
            return institutionsById;
        }
    }

    /** The assembled content, or the reasons it could not be assembled. */
    public record Result(CaseContent content, List<FieldError> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** One assembly: the draft, what it refers to, and the errors found so far. */
    private static final class Assembly {
        private final CaseDraft draft;
        private final References references;
        private final FieldErrors errors = new FieldErrors();

        Assembly(CaseDraft draft, References references) {
            this.draft = draft;
            this.references = references;
        }

        Result run() {
            if (!Countries.isCode(draft.country())) {
                errors.add("country", Countries.EXPECTED);
            }
            Optional<Institution> lead = activeInstitution("leadInstitution", draft.leadInstitution());
            lead.filter(institution -> institution.kind != InstitutionKind.UNIVERSITY).ifPresent(institution ->
                    errors.add("leadInstitution", "must be a university ('" + institution.slug + "' is a "
                            + institution.kind + ")"));
            CaseContent content = new CaseContent(
                    draft.title(),
                    draft.summary(),
                    draft.country(),
                    region(),
                    coordinates(),
                    lead.map(institution -> institution.id).orElse(null),
                    participants(lead),
                    stakeholders(),
                    programYears(),
                    period(),
                    sdgs(),
                    unique("themes", listOf(draft.themes())),
                    indicators(),
                    evidence("evidence", draft.evidence()),
                    testimonies(),
                    Boolean.TRUE.equals(draft.sensitive()),
                    draft.sensitiveReason(),
                    Provenance.of(draft.provenance()));
            return new Result(errors.isEmpty() ? content : null, errors.list());
        }

        private Optional<Institution> activeInstitution(String field, String ref) {
            Optional<Institution> institution = references.institution(ref);
            if (institution.isEmpty()) {
                errors.add(field, "no institution has the id or slug '" + ref + "'");
            } else if (institution.get().isDeleted()) {
                errors.add(field, "institution '" + ref + "' has been deleted");
                return Optional.empty();
            }
            return institution;
        }

        private CaseContent.Region region() {
            CaseDraft.Region region = draft.region();
            if (region == null || region.prefecture() == null && region.municipality() == null) {
                return null;
            }
            return new CaseContent.Region(region.prefecture(), region.municipality());
        }

        private CaseContent.Coordinates coordinates() {
            CaseDraft.Coordinates coordinates = draft.coordinates();
            return coordinates == null ? null
                    : new CaseContent.Coordinates(coordinates.latitude(), coordinates.longitude());
        }

        private List<CaseContent.Participant> participants(Optional<Institution> lead) {
            List<CaseContent.Participant> participants = new ArrayList<>();
            Set<UUID> seen = new HashSet<>();
            List<CaseDraft.Participant> requested = listOf(draft.institutions());
            for (int i = 0; i < requested.size(); i++) {
                String field = "institutions[" + i + "]";
                CaseDraft.Participant participant = requested.get(i);
                Optional<Institution> institution = activeInstitution(field + ".institution", participant.institution());
                if (institution.isEmpty()) {
                    continue;
                }
                boolean isLead = lead.filter(l -> l.id.equals(institution.get().id)).isPresent();
                if (!seen.add(institution.get().id)) {
                    errors.add(field + ".institution", "'" + participant.institution() + "' is listed twice");
                } else if (isLead != (participant.role() == ParticipantRole.LEAD_UNIVERSITY)) {
                    errors.add(field + ".role", isLead ? "the lead institution's role must be LEAD_UNIVERSITY"
                            : "only the leadInstitution has the role LEAD_UNIVERSITY");
                } else {
                    participants.add(new CaseContent.Participant(institution.get().id, participant.role()));
                }
            }
            lead.filter(l -> !seen.contains(l.id)).ifPresent(l ->
                    participants.add(0, new CaseContent.Participant(l.id, ParticipantRole.LEAD_UNIVERSITY)));
            return participants;
        }

        private List<CaseContent.Stakeholder> stakeholders() {
            List<CaseContent.Stakeholder> stakeholders = new ArrayList<>();
            List<CaseDraft.Stakeholder> requested = listOf(draft.stakeholders());
            for (int i = 0; i < requested.size(); i++) {
                CaseDraft.Stakeholder stakeholder = requested.get(i);
                UUID institutionId = stakeholder.institution() == null ? null
                        : activeInstitution("stakeholders[" + i + "].institution", stakeholder.institution())
                                .map(institution -> institution.id).orElse(null);
                stakeholders.add(new CaseContent.Stakeholder(stakeholder.kind(), institutionId, stakeholder.description()));
            }
            return stakeholders;
        }

        private List<CaseContent.ProgramYears> programYears() {
            List<CaseContent.ProgramYears> result = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            List<CaseDraft.ProgramYears> requested = listOf(draft.programs());
            for (int i = 0; i < requested.size(); i++) {
                String field = "programs[" + i + "]";
                CaseDraft.ProgramYears participation = requested.get(i);
                Optional<Program> program = program(field + ".program", participation.program());
                if (program.isPresent() && !seen.add(program.get().code)) {
                    errors.add(field + ".program", "'" + participation.program() + "' is listed twice");
                }
                List<TypedYear> years = participation.years() == null ? null
                        : years(field, participation.years(), program);
                List<String> categories = categories(field + ".categories", participation.categories(), program);
                program.ifPresent(p -> result.add(new CaseContent.ProgramYears(p.code, years, categories)));
            }
            return result;
        }

        private List<TypedYear> years(String programField, List<WrittenYear> inputs, Optional<Program> program) {
            List<TypedYear> years = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < inputs.size(); i++) {
                String field = programField + ".years[" + i + "]";
                Optional<TypedYear> year = year(field, inputs.get(i));
                if (year.isEmpty()) {
                    continue;
                }
                if (!seen.add(year.get().year())) {
                    errors.add(field, year.get().year() + " is listed twice");
                } else if (program.isPresent() && !program.get().covers(year.get().year())) {
                    errors.add(field, year.get().year() + " is outside the years of " + program.get().code
                            + " (" + span(program.get()) + ")");
                }
                years.add(year.get());
            }
            return List.copyOf(years);
        }

        private List<String> categories(String field, List<String> requested, Optional<Program> program) {
            List<String> categories = unique(field, listOf(requested));
            program.ifPresent(p -> {
                Set<String> defined = new HashSet<>();
                p.categories.forEach(category -> defined.add(category.code()));
                for (int i = 0; i < categories.size(); i++) {
                    if (!defined.contains(categories.get(i))) {
                        errors.add(field + "[" + i + "]", "'" + categories.get(i) + "' is no category of " + p.code
                                + (defined.isEmpty() ? " (it defines none)" : " (it defines " + String.join(", ",
                                        new TreeSet<>(defined)) + ")"));
                    }
                }
            });
            return categories;
        }

        private static String span(Program program) {
            return (program.startYear == null ? "…" : program.startYear) + "–"
                    + (program.endYear == null ? "" : program.endYear);
        }

        private Optional<Program> program(String field, String code) {
            Optional<Program> program = references.program(code);
            if (program.isEmpty()) {
                errors.add(field, "no program of the registry has the code '" + code + "' (see /api/v1/programs)");
            }
            return program;
        }

        private CaseContent.Period period() {
            CaseDraft.Period period = draft.period();
            if (period == null) {
                return null;
            }
            TypedYear start = optionalYear("period.startYear", period.startYear());
            TypedYear end = optionalYear("period.endYear", period.endYear());
            if (start != null && end != null && end.year() < start.year()) {
                errors.add("period.endYear", "must not be before period.startYear (" + start.year() + ")");
            }
            return start == null && end == null && period.ongoing() == null ? null
                    : new CaseContent.Period(start, end, period.ongoing());
        }

        private List<Integer> sdgs() {
            return unique("sdgs", listOf(draft.sdgs()));
        }

        private <T> List<T> unique(String field, List<T> values) {
            return unique(field, "", values);
        }

        /** Reports each value met before as {@code field[i]suffix}. */
        private <T> List<T> unique(String field, String suffix, List<T> values) {
            Set<T> seen = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                if (!seen.add(values.get(i))) {
                    errors.add(field + "[" + i + "]" + suffix, "'" + values.get(i) + "' is listed twice");
                }
            }
            return values;
        }

        private List<CaseContent.Indicator> indicators() {
            List<CaseContent.Indicator> result = new ArrayList<>();
            List<CaseDraft.Indicator> requested = listOf(draft.indicators());
            unique("indicators", ".code", requested.stream().map(CaseDraft.Indicator::code).toList());
            for (int i = 0; i < requested.size(); i++) {
                String field = "indicators[" + i + "]";
                CaseDraft.Indicator indicator = requested.get(i);
                if (indicator.program() != null) {
                    program(field + ".program", indicator.program());
                }
                finite(field + ".baseline", indicator.baseline());
                finite(field + ".target", indicator.target());
                result.add(new CaseContent.Indicator(indicator.code(), indicator.name(), indicator.unit(),
                        indicator.kind() == null ? IndicatorKind.OTHER : indicator.kind(), indicator.program(),
                        indicator.scope(), indicator.denominator(), series(field + ".series", listOf(indicator.series())),
                        series(field + ".targets", listOf(indicator.targets())), indicator.baseline(),
                        optionalYear(field + ".baselineYear", indicator.baselineYear()), indicator.target(),
                        optionalYear(field + ".targetYear", indicator.targetYear()),
                        evidence(field + ".evidence", indicator.evidence())));
            }
            return result;
        }

        private List<CaseContent.Observation> series(String seriesField, List<CaseDraft.Observation> series) {
            List<CaseContent.Observation> observations = new ArrayList<>();
            Set<TypedYear> seen = new HashSet<>();
            for (int i = 0; i < series.size(); i++) {
                String field = seriesField + "[" + i + "]";
                CaseDraft.Observation observation = series.get(i);
                finite(field + ".value", observation.value());
                Optional<TypedYear> year = year(field + ".year", observation.year());
                if (year.isPresent() && !seen.add(year.get())) {
                    errors.add(field + ".year", "has a value already: one value per year");
                }
                year.ifPresent(y -> observations.add(new CaseContent.Observation(y, observation.value())));
            }
            return observations;
        }

        private void finite(String field, Double value) {
            if (value != null && !Double.isFinite(value)) {
                errors.add(field, "must be a finite number");
            }
        }

        private List<CaseContent.Evidence> evidence(String field, List<EvidenceDraft> evidence) {
            return Evidences.of(field, evidence, errors);
        }

        private List<CaseContent.Testimony> testimonies() {
            List<CaseDraft.Testimony> requested = listOf(draft.testimonies());
            List<CaseContent.Testimony> result = new ArrayList<>();
            for (int i = 0; i < requested.size(); i++) {
                CaseDraft.Testimony testimony = requested.get(i);
                CaseContent.Evidence source = testimony.source() == null ? null
                        : Evidences.item("testimonies[" + i + "].source", testimony.source(), errors);
                result.add(new CaseContent.Testimony(testimony.speaker(), testimony.text(), source,
                        Boolean.TRUE.equals(testimony.sensitive())));
            }
            return result;
        }

        private TypedYear optionalYear(String field, WrittenYear input) {
            return input == null ? null : year(field, input).orElse(null);
        }

        private Optional<TypedYear> year(String field, WrittenYear input) {
            try {
                return Optional.of(input.parse());
            } catch (CalendarParseException e) {
                errors.add(field, e.getMessage());
                return Optional.empty();
            }
        }
    }
}
