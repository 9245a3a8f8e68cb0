package io.revitalization.cases.api;

import io.revitalization.cases.app.InstitutionView;
import io.revitalization.cases.app.ProgramView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Renders institutions and programs. */
@ApplicationScoped
public class DirectoryResponses {
    public InstitutionResponse of(InstitutionView institution, List<String> languages) {
        return new InstitutionResponse(institution.id(), institution.slug(), institution.version(), institution.kind(),
                institution.name(), institution.country(), institution.region(), institution.evidence(),
                institution.provenance(), institution.deleted(), institution.name().pick(languages).orElse(null), institution.createdAt(),
                institution.updatedAt());
    }

    public ProgramResponse of(ProgramView program, List<String> languages) {
        InstitutionRef sponsor = program.sponsor() == null ? null : CaseResponses.ref(program.sponsor());
        return new ProgramResponse(program.code(), program.version(), program.name(), program.country(), sponsor,
                Years.number(program.start()), Years.number(program.end()), Years.display(program.start()),
                Years.display(program.end()), program.parent(), program.children(), program.successor(),
                program.categories(), program.evidence(), program.provenance(),
                program.name().pick(languages).orElse(null), program.createdAt(), program.updatedAt());
    }
}
