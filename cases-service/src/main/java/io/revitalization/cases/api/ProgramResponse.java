package io.revitalization.cases.api;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.values.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Program")
public record ProgramResponse(
        String code,
        @Schema(description = "Also the ETag") long version,
        LocalizedText name,
        String country,
        InstitutionRef sponsor,
        Integer startYear,
        @Schema(description = "null while the program runs") Integer endYear,
        List<CaseContent.Evidence> evidence,
        @Schema(description = "The name in the language Accept-Language picked") String displayName,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
