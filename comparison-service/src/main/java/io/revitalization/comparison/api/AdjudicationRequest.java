package io.revitalization.comparison.api;

import io.revitalization.comparison.app.coding.Adjudication;
import io.revitalization.support.text.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** An adjudicated coding as posted: the coders' codings of one unit it settles, and the codes settled on. */
public record AdjudicationRequest(
        @Schema(description = "ids of two or more codings of one unit (case, year, dimension, codebook version) by "
                + "coders; they name the unit")
        @NotEmpty @Size(max = 50) List<@NotNull UUID> settles,
        @NotEmpty @Size(max = 50) List<@NotBlank @TextLength(max = 64) String> codes,
        @DecimalMin("0") @DecimalMax("1") Double confidence,
        @Valid EvidenceRequest evidence,
        @TextLength(max = 2000) String note) {

    Adjudication toAdjudication() {
        return new Adjudication(settles, codes, confidence, evidence == null ? null : evidence.toEvidence(), note);
    }
}
