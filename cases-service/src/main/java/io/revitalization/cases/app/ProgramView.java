package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.ProgramCategory;
import io.revitalization.cases.domain.calendar.TypedYear;
import io.revitalization.values.LocalizedText;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A program of the registry as readers see it, with its sponsor ({@code null} when it has none) and the codes
 * of the programs that are its phases or parts.
 */
public record ProgramView(
        String code,
        long version,
        LocalizedText name,
        String country,
        InstitutionView sponsor,
        TypedYear start,
        TypedYear end,
        String parent,
        List<String> children,
        String successor,
        List<ProgramCategory> categories,
        List<CaseContent.Evidence> evidence,
        Map<String, String> provenance,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
