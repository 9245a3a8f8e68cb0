package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.InstitutionKind;
import io.revitalization.values.LocalizedText;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An institution of the directory as readers and events see it, its stored texts read. */
public record InstitutionView(
        UUID id,
        String slug,
        long version,
        InstitutionKind kind,
        LocalizedText name,
        String country,
        LocalizedText region,
        List<CaseContent.Evidence> evidence,
        Map<String, String> provenance,
        boolean deleted,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static InstitutionView of(Institution institution) {
        return new InstitutionView(institution.id, institution.slug, institution.version, institution.kind,
                institution.name, institution.country, institution.region, institution.evidence, institution.provenance, institution.isDeleted(), institution.createdAt,
                institution.updatedAt);
    }
}
