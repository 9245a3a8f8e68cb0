package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.values.LocalizedText;

import java.time.OffsetDateTime;
import java.util.List;

/** A program of the registry as readers see it, with its sponsor ({@code null} when it has none). */
public record ProgramView(
        String code,
        long version,
        LocalizedText name,
        String country,
        InstitutionView sponsor,
        Integer startYear,
        Integer endYear,
        List<CaseContent.Evidence> evidence,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
