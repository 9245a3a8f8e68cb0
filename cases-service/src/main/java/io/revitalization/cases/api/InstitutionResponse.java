package io.revitalization.cases.api;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.InstitutionKind;
import io.revitalization.values.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Institution")
public record InstitutionResponse(
        UUID id,
        String slug,
        @Schema(description = "Also the ETag") long version,
        InstitutionKind kind,
        LocalizedText name,
        String country,
        LocalizedText region,
        List<CaseContent.Evidence> evidence,
        @Schema(description = "Field path → what the source gives for it, what was added and why")
        Map<String, String> provenance,
        boolean deleted,
        @Schema(description = "The name in the language Accept-Language picked (fallback en, zh-TW, ja)") String displayName,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
