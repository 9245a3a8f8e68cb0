package io.revitalization.cases.api;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.ProgramCategory;
import io.revitalization.cases.domain.calendar.DisplayYear;
import io.revitalization.values.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

@Schema(name = "Program")
public record ProgramResponse(
        String code,
        @Schema(description = "Also the ETag") long version,
        LocalizedText name,
        String country,
        InstitutionRef sponsor,
        Integer startYear,
        @Schema(description = "null while the program runs") Integer endYear,
        @Schema(description = "The first year in every calendar, and what it counts (e.g. JP_FISCAL)") DisplayYear start,
        @Schema(description = "The last year in every calendar, and what it counts") DisplayYear end,
        @Schema(description = "Code of the program this one is a phase or part of", examples = "MOE-USR") String parent,
        @Schema(description = "Codes of the programs that are phases or parts of this one") List<String> children,
        @Schema(description = "Code of the program that took over when this one ended") String successor,
        @Schema(description = "Project types, tracks and hubs the program defines") List<ProgramCategory> categories,
        List<CaseContent.Evidence> evidence,
        @Schema(description = "Field path → what the source gives for it, what was added and why")
        Map<String, String> provenance,
        @Schema(description = "The name in the language Accept-Language picked") String displayName,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
