package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.Program;
import io.revitalization.cases.domain.ProgramCategory;
import io.revitalization.cases.domain.calendar.CalendarParseException;
import io.revitalization.cases.domain.calendar.TypedYear;
import io.revitalization.cases.domain.calendar.WrittenYear;
import io.revitalization.cases.persistence.InstitutionRepository;
import io.revitalization.cases.persistence.ProgramRepository;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.InstitutionAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;

/** The registry of policy programs cases ran under (MEXT COC, COC+, MOE USR phases…); more can be added. */
@ApplicationScoped
public class ProgramService {
    private final ProgramRepository programs;
    private final InstitutionRepository institutions;

    public ProgramService(ProgramRepository programs, InstitutionRepository institutions) {
        this.programs = programs;
        this.institutions = institutions;
    }

    @Transactional
    public ProgramView create(ProgramDraft draft, Caller caller) {
        InstitutionAccess.requireCurator(caller, InstitutionService.DIRECTORY_CHANGES);
        if (draft.code() == null) {
            throw ProblemException.invalid("code", "is required");
        }
        if (programs.findByIdOptional(draft.code()).isPresent()) {
            throw ProblemException.conflict("a program with the code '" + draft.code() + "' exists already");
        }
        Program program = new Program();
        program.code = draft.code();
        program.version = 1;
        program.createdAt = OffsetDateTime.now();
        program.updatedAt = program.createdAt;
        apply(draft, program);
        programs.persist(program);
        return view(program);
    }

    @Transactional
    public boolean exists(String code) {
        return programs.findByIdOptional(code).isPresent();
    }

    @Transactional
    public Optional<ProgramView> replace(String code, ProgramDraft draft, LongConsumer requireCurrentVersion,
                                     Caller caller) {
        InstitutionAccess.requireCurator(caller, InstitutionService.DIRECTORY_CHANGES);
        Optional<Program> found = programs.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
        found.ifPresent(program -> {
            requireCurrentVersion.accept(program.version);
            if (draft.code() != null && !draft.code().equals(program.code)) {
                throw ProblemException.invalid("code", "cannot be changed (it is '" + program.code + "')");
            }
            List<Object> before = state(program);
            apply(draft, program);
            if (!before.equals(state(program))) {
                program.version++;
                program.updatedAt = OffsetDateTime.now();
            }
        });
        return found.map(this::view);
    }

    @Transactional
    public Optional<ProgramView> find(String code) {
        return programs.findByIdOptional(code).map(this::view);
    }

    @Transactional
    public Page<ProgramView> list(Optional<String> country, PageRequest page) {
        Optional<String> after = page.decodedCursor(1).map(cursor -> cursor.value(0));
        return Page.fromRows(programs.page(country, after, page.fetchSize()), page, p -> Cursor.of(p.code))
                .map(this::view);
    }

    private void apply(ProgramDraft draft, Program program) {
        FieldErrors errors = new FieldErrors();
        if (!Countries.isCode(draft.country())) {
            errors.add("country", Countries.EXPECTED);
        }
        UUID sponsor = null;
        if (draft.sponsor() != null) {
            Optional<Institution> institution = institutions.findByRef(draft.sponsor()).filter(i -> !i.isDeleted());
            if (institution.isEmpty()) {
                errors.add("sponsor", "no institution has the id or slug '" + draft.sponsor() + "'");
            } else {
                sponsor = institution.get().id;
            }
        }
        TypedYear start = year("startYear", draft.startYear(), errors);
        TypedYear end = year("endYear", draft.endYear(), errors);
        if (start != null && end != null && end.year() < start.year()) {
            errors.add("endYear", "must not be before startYear (" + start.year() + ")");
        }
        String parent = related("parent", draft.parent(), program.code, errors);
        if (parent != null && descendsFrom(parent, program.code)) {
            errors.add("parent", "'" + parent + "' is a phase or part of " + program.code + " already");
        }
        String successor = related("successor", draft.successor(), program.code, errors);
        List<ProgramCategory> categories = categories(draft.categories(), errors);
        List<CaseContent.Evidence> evidence = Evidences.of("evidence", draft.evidence(), errors);
        errors.throwIfAny();
        program.name = draft.name();
        program.country = draft.country();
        program.sponsorInstitutionId = sponsor;
        program.startYear = start == null ? null : start.year();
        program.startYearKind = start == null ? null : start.kind();
        program.endYear = end == null ? null : end.year();
        program.endYearKind = end == null ? null : end.kind();
        program.parentCode = parent;
        program.successorCode = successor;
        program.categories = categories;
        program.evidence = evidence;
        program.provenance = Provenance.of(draft.provenance());
    }

    private String related(String field, String code, String self, FieldErrors errors) {
        if (code == null) {
            return null;
        }
        if (code.equals(self)) {
            errors.add(field, "must name another program");
        } else if (programs.findByIdOptional(code).isEmpty()) {
            errors.add(field, "no program of the registry has the code '" + code + "'");
        }
        return code;
    }

    /** Whether {@code code}'s chain of parents reaches {@code ancestor} (a parent must not be a descendant). */
    private boolean descendsFrom(String code, String ancestor) {
        Set<String> seen = new HashSet<>();
        Optional<Program> current = programs.findByIdOptional(code);
        while (current.isPresent() && current.get().parentCode != null && seen.add(current.get().code)) {
            if (current.get().parentCode.equals(ancestor)) {
                return true;
            }
            current = programs.findByIdOptional(current.get().parentCode);
        }
        return false;
    }

    private static List<ProgramCategory> categories(List<ProgramCategory> requested, FieldErrors errors) {
        List<ProgramCategory> categories = requested == null ? List.of() : List.copyOf(requested);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            ProgramCategory category = categories.get(i);
            if (category.code() != null && !codes.add(category.code())) {
                errors.add("categories[" + i + "].code", "'" + category.code() + "' is listed twice");
            }
        }
        return categories;
    }

    private ProgramView view(Program program) {
        InstitutionView sponsor = program.sponsorInstitutionId == null ? null
                : institutions.findByIdOptional(program.sponsorInstitutionId)
                        .map(InstitutionView::of).orElse(null);
        return new ProgramView(program.code, program.version, program.name, program.country, sponsor,
                program.start(), program.end(), program.parentCode, programs.childCodes(program.code),
                program.successorCode, program.categories, program.evidence, program.provenance,
                program.createdAt, program.updatedAt);
    }

    private static TypedYear year(String field, WrittenYear input, FieldErrors errors) {
        if (input == null) {
            return null;
        }
        try {
            return input.parse();
        } catch (CalendarParseException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }

    /** What a replacement may change, to tell whether it changed anything. */
    private static List<Object> state(Program program) {
        return Arrays.asList(program.name, program.country, program.sponsorInstitutionId, program.startYear,
                program.startYearKind, program.endYear, program.endYearKind, program.parentCode,
                program.successorCode, program.categories, program.evidence, program.provenance);
    }
}
