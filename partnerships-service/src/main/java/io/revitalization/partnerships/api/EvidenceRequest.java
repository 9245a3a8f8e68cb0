package io.revitalization.partnerships.api;

import io.revitalization.support.evidence.EvidenceInput;
import io.revitalization.support.text.TextLength;
import jakarta.validation.constraints.NotBlank;

/** Where a claim comes from: source, where in it (section, page), the words, a link. */
public record EvidenceRequest(
        @NotBlank @TextLength(max = Limits.EVIDENCE_SOURCE) String source,
        @TextLength(max = Limits.EVIDENCE_LOCATOR) String locator,
        @TextLength(max = Limits.EVIDENCE_QUOTE) String quote,
        @TextLength(max = Limits.URL) String url) implements EvidenceInput {
}
