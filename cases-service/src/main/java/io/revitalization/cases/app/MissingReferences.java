package io.revitalization.cases.app;

import io.revitalization.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Creates the sources, institutions and programs of a list that do not exist yet (by id, slug and code) and leaves
 * the others as they are, all in one transaction: one commit, and one batch of events for the outbox's relay. The
 * seed loads the records its cases refer to this way.
 */
@ApplicationScoped
public class MissingReferences {
    private final SourceService sources;
    private final InstitutionService institutions;
    private final ProgramService programs;

    public MissingReferences(SourceService sources, InstitutionService institutions, ProgramService programs) {
        this.sources = sources;
        this.institutions = institutions;
        this.programs = programs;
    }

    /** How many records were created. */
    public record Created(int sources, int institutions, int programs) {
    }

    @Transactional
    public Created create(List<SourceDraft> wantedSources, List<InstitutionDraft> wantedInstitutions,
                          List<ProgramDraft> wantedPrograms, Caller caller) {
        int sourcesCreated = 0;
        for (SourceDraft source : wantedSources) {
            if (!sources.exists(source.id())) {
                sources.create(source, caller);
                sourcesCreated++;
            }
        }
        int institutionsCreated = 0;
        for (InstitutionDraft institution : wantedInstitutions) {
            if (!institutions.exists(institution.slug())) {
                institutions.create(institution, caller);
                institutionsCreated++;
            }
        }
        int programsCreated = 0;
        for (ProgramDraft program : wantedPrograms) {
            if (!programs.exists(program.code())) {
                programs.create(program, caller);
                programsCreated++;
            }
        }
        return new Created(sourcesCreated, institutionsCreated, programsCreated);
    }
}
