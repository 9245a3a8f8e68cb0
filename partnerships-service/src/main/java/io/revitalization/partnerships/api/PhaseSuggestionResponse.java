package io.revitalization.partnerships.api;

import io.revitalization.partnerships.domain.Phase;
import io.revitalization.partnerships.domain.analysis.PhaseSuggestion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The phase the evidence suggests, beside the declared phase it never changes. */
public record PhaseSuggestionResponse(
        UUID partnershipId,
        String partnershipSlug,
        Phase declaredPhase,
        @Schema(description = "null when the evidence is too thin for a suggestion") Phase suggestedPhase,
        @Schema(description = "null when either phase is null") Boolean agreesWithDeclared,
        List<Reason> reasons,
        PhaseSuggestion.Basis basis) {

    /** {@code text} is in the language Accept-Language picked. */
    public record Reason(PhaseSuggestion.ReasonCode code, String text) {
    }
}
