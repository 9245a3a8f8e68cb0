package io.revitalization.partnerships.api;

import io.revitalization.partnerships.domain.Phase;
import io.revitalization.values.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A declared phase change: to what, when (today if absent), why (required), and the evidence. */
public record PhaseRequest(
        @NotNull Phase phase,
        LocalDate at,
        @Schema(description = "Why, in at least one language; each at most 2000 characters") LocalizedText reason,
        @Size(max = Limits.EVIDENCE) List<@NotNull @Valid EvidenceRequest> evidence) {
}
