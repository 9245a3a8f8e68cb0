package io.revitalization.cases.api;

import io.revitalization.cases.app.EvidenceDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The evidence behind a claim.")
public record EvidenceRequest(
        @Schema(description = "Where it comes from (a document, an interview, a dataset)", examples = "seed:000_33b908bba84e1ab1")
        @NotBlank @Size(max = Limits.SOURCE) String source,
        @Schema(description = "Where in the source: page, section, paragraph", examples = "II.A ¶3")
        @Size(max = Limits.LOCATOR) String locator,
        @Schema(description = "The words of the source, verbatim") @Size(max = Limits.QUOTE) String quote,
        @Schema(description = "An http(s) link to the source") @Size(max = Limits.URL) String url,
        @Schema(description = "Which claim of the record it supports", examples = "summary, region")
        @Size(max = Limits.SUPPORTS) String supports) {

    EvidenceDraft toDraft() {
        return new EvidenceDraft(source, locator, quote, url, supports);
    }
}
