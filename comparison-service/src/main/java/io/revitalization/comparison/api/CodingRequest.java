package io.revitalization.comparison.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.revitalization.comparison.app.coding.NewCoding;
import io.revitalization.support.text.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A coding as posted: the codebook version it is made under, the unit (case by id or slug, year, dimension), the
 * code or codes, and who coded it with what support. {@code coder} defaults to the caller's key label; only an admin
 * may name another coder.
 */
public record CodingRequest(
        @NotBlank @TextLength(max = 100) String codebook,
        @NotNull @Min(1) Integer codebookVersion,
        @JsonProperty("case") @NotBlank @TextLength(max = 100) String caseRef,
        @NotNull @Min(1900) @Max(2100) Integer year,
        @NotBlank @TextLength(max = 64) String dimension,
        @NotEmpty @Size(max = 50) List<@NotBlank @TextLength(max = 64) String> codes,
        @TextLength(min = 1, max = 100) String coder,
        @DecimalMin("0") @DecimalMax("1") Double confidence,
        @Valid EvidenceRequest evidence,
        @TextLength(max = 2000) String note) {

    /** A stored coding as it was posted, so that the JSON export imports back unchanged (case by slug). */
    static CodingRequest of(CodingResponse coding) {
        EvidenceRequest evidence = coding.evidence() == null ? null : new EvidenceRequest(coding.evidence().source(),
                coding.evidence().locator(), coding.evidence().quote(), coding.evidence().url());
        return new CodingRequest(coding.codebook().slug(), coding.codebook().version(), coding.caseSlug(),
                coding.year(), coding.dimension(), coding.codes(), coding.coder(), coding.confidence(), evidence,
                coding.note());
    }

    NewCoding toNewCoding() {
        return new NewCoding(codebook, codebookVersion, caseRef, year, dimension, codes, coder, confidence, evidence == null ? null : evidence.toEvidence(), note);
    }
}
