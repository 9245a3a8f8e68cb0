package io.revitalization.cases.service;

import io.revitalization.cases.calendar.CalendarParseException;
import io.revitalization.cases.calendar.TypedYear;
import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.Program;
import io.revitalization.cases.mapping.StoredJson;
import io.revitalization.cases.repository.InstitutionRepository;
import io.revitalization.cases.repository.ProgramRepository;
import io.revitalization.cases.rest.ProgramRequest;
import io.revitalization.cases.rest.YearInput;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.paging.Page;
import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;

/** The registry of policy programs cases ran under (MEXT COC, COC+, MOE USR phases…); more can be added. */
@ApplicationScoped
public class ProgramService {
    private final ProgramRepository programs;
    private final InstitutionRepository institutions;
    private final StoredJson json;

    public ProgramService(ProgramRepository programs, InstitutionRepository institutions, StoredJson json) {
        this.programs = programs;
        this.institutions = institutions;
        this.json = json;
    }

    @Transactional
    public Program create(ProgramRequest request, Caller caller) {
        Access.requireCurator(caller);
        if (request.code() == null) {
            throw ProblemException.invalid("code", "is required");
        }
        if (programs.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("a program with the code '" + request.code() + "' exists already");
        }
        Program program = new Program();
        program.code = request.code();
        program.version = 1;
        program.createdAt = OffsetDateTime.now();
        program.updatedAt = program.createdAt;
        apply(request, program);
        programs.persist(program);
        return program;
    }

    @Transactional
    public boolean exists(String code) {
        return programs.findByIdOptional(code).isPresent();
    }

    @Transactional
    public Optional<Program> replace(String code, ProgramRequest request, LongConsumer requireCurrentVersion,
                                     Caller caller) {
        Access.requireCurator(caller);
        Optional<Program> found = programs.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
        found.ifPresent(program -> {
            requireCurrentVersion.accept(program.version);
            if (request.code() != null && !request.code().equals(program.code)) {
                throw ProblemException.invalid("code", "cannot be changed (it is '" + program.code + "')");
            }
            String before = state(program);
            apply(request, program);
            if (!before.equals(state(program))) {
                program.version++;
                program.updatedAt = OffsetDateTime.now();
            }
        });
        return found;
    }

    @Transactional
    public Optional<Program> find(String code) {
        return programs.findByIdOptional(code);
    }

    @Transactional
    public Page<Program> list(Optional<String> country, PageRequest page) {
        Optional<String> after = page.decodedCursor(1).map(cursor -> cursor.value(0));
        return Page.fromRows(programs.page(country, after, page.fetchSize()), page, p -> Cursor.of(p.code));
    }

    private void apply(ProgramRequest request, Program program) {
        FieldErrors errors = new FieldErrors();
        if (!Countries.isCode(request.country())) {
            errors.add("country", Countries.EXPECTED);
        }
        UUID sponsor = null;
        if (request.sponsor() != null) {
            Optional<Institution> institution = institutions.findByRef(request.sponsor()).filter(i -> !i.isDeleted());
            if (institution.isEmpty()) {
                errors.add("sponsor", "no institution has the id or slug '" + request.sponsor() + "'");
            } else {
                sponsor = institution.get().id;
            }
        }
        Integer start = year("startYear", request.startYear(), errors);
        Integer end = year("endYear", request.endYear(), errors);
        if (start != null && end != null && end < start) {
            errors.add("endYear", "must not be before startYear (" + start + ")");
        }
        List<CaseContent.Evidence> evidence = Evidences.of("evidence", request.evidence(), errors);
        errors.throwIfAny();
        program.name = json.write(request.name());
        program.country = request.country();
        program.sponsorInstitutionId = sponsor;
        program.startYear = start;
        program.endYear = end;
        program.evidence = json.write(evidence);
    }

    private static Integer year(String field, YearInput input, FieldErrors errors) {
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

    private static String state(Program program) {
        return String.join("\u001f", program.name, program.country, Objects.toString(program.sponsorInstitutionId),
                Objects.toString(program.startYear), Objects.toString(program.endYear), program.evidence);
    }
}
