package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.Program;
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
import java.util.List;
import java.util.Optional;
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
        Integer start = year("startYear", draft.startYear(), errors);
        Integer end = year("endYear", draft.endYear(), errors);
        if (start != null && end != null && end < start) {
            errors.add("endYear", "must not be before startYear (" + start + ")");
        }
        List<CaseContent.Evidence> evidence = Evidences.of("evidence", draft.evidence(), errors);
        errors.throwIfAny();
        program.name = draft.name();
        program.country = draft.country();
        program.sponsorInstitutionId = sponsor;
        program.startYear = start;
        program.endYear = end;
        program.evidence = evidence;
    }

    private ProgramView view(Program program) {
        InstitutionView sponsor = program.sponsorInstitutionId == null ? null
                : institutions.findByIdOptional(program.sponsorInstitutionId)
                        .map(InstitutionView::of).orElse(null);
        return new ProgramView(program.code, program.version, program.name, program.country, sponsor,
                program.startYear, program.endYear, program.evidence, program.createdAt,
                program.updatedAt);
    }

    private static Integer year(String field, WrittenYear input, FieldErrors errors) {
        if (input == null) {
            return null;
        }
        try {
            TypedYear year = input.parse();
            return year.year();
        } catch (CalendarParseException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }

    /** What a replacement may change, to tell whether it changed anything. */
    private static List<Object> state(Program program) {
        return Arrays.asList(program.name, program.country, program.sponsorInstitutionId, program.startYear,
                program.endYear, program.evidence);
    }
}
