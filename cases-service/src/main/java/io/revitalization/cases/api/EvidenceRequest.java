package io.revitalization.cases.api;

import io.revitalization.cases.app.EvidenceDraft;
import io.revitalization.support.text.TextLength;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The evidence behind a claim.")
public record EvidenceRequest(
        @Schema(description = "Where it comes from (a document, an interview, a dataset)", examples = "seed:000_33b908bba84e1ab1")
        @NotBlank @TextLength(max = Limits.SOURCE) String source,
        @Schema(description = "Where in the source: page, section, paragraph", examples = "II.A ¶3")
        @TextLength(max = Limits.LOCATOR) String locator,
        @Schema(description = "The words of the source, verbatim") @TextLength(max = Limits.QUOTE) String quote,
        @Schema(description = "An http(s) link to the source") @TextLength(max = Limits.URL) String url,
        @Schema(description = "Which claim of the record it supports", examples = "summary, region")
        @TextLength(max = Limits.SUPPORTS) String supports) {

    EvidenceDraft toDraft() {
        return new EvidenceDraft(source, locator, quote, url, supports);
    }
}
