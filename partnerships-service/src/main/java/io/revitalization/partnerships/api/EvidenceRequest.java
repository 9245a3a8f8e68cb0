package io.revitalization.partnerships.api;

import io.revitalization.support.evidence.EvidenceInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where a claim comes from: source, where in it (section, page), the words, a link. */
public record EvidenceRequest(
        @NotBlank @Size(max = Limits.EVIDENCE_SOURCE) String source,
        @Size(max = Limits.EVIDENCE_LOCATOR) String locator,
        @Size(max = Limits.EVIDENCE_QUOTE) String quote,
        @Size(max = Limits.URL) String url) implements EvidenceInput {
}
