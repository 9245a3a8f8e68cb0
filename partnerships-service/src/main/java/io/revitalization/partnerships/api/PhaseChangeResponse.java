package io.revitalization.partnerships.api;

import io.revitalization.partnerships.domain.Evidence;
import io.revitalization.partnerships.domain.Phase;
import io.revitalization.values.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One entry of a partnership's phase history. */
public record PhaseChangeResponse(
        int sequence,
        @Schema(description = "null for the first declared phase") Phase from,
        Phase to,
        @Schema(description = "When the relationship changed; null when the source does not date it") LocalDate at,
        LocalizedText reason,
        List<Evidence> evidence,
        OffsetDateTime recordedAt) {
}
