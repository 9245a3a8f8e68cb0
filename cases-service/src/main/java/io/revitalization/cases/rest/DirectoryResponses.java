package io.revitalization.cases.rest;

import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.Program;
import io.revitalization.cases.mapping.StoredJson;
import io.revitalization.cases.service.InstitutionService;
import io.revitalization.values.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Renders institutions and programs. */
@ApplicationScoped
public class DirectoryResponses {
    private final StoredJson json;
    private final InstitutionService institutions;
    private final CaseResponses cases;

    public DirectoryResponses(StoredJson json, InstitutionService institutions, CaseResponses cases) {
        this.json = json;
        this.institutions = institutions;
        this.cases = cases;
    }

    public InstitutionResponse of(Institution institution, List<String> languages) {
        LocalizedText name = json.text(institution.name);
        return new InstitutionResponse(institution.id, institution.slug, institution.version, institution.kind, name,
                institution.country, json.text(institution.region), json.evidence(institution.evidence),
                institution.isDeleted(), name.pick(languages).orElse(null), institution.createdAt,
                institution.updatedAt);
    }

    public ProgramResponse of(Program program, List<String> languages) {
        LocalizedText name = json.text(program.name);
        InstitutionRef sponsor = program.sponsorInstitutionId == null ? null
                : institutions.find(program.sponsorInstitutionId.toString()).map(cases::ref).orElse(null);
        return new ProgramResponse(program.code, program.version, name, program.country, sponsor, program.startYear,
                program.endYear, json.evidence(program.evidence), name.pick(languages).orElse(null),
                program.createdAt, program.updatedAt);
    }
}
