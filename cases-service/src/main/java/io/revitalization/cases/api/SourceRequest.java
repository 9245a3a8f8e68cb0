package io.revitalization.cases.api;

import io.revitalization.cases.api.validation.Localized;
import io.revitalization.cases.app.SourceDraft;
import io.revitalization.cases.domain.SourceKind;
import io.revitalization.support.text.TextLength;
import io.revitalization.values.LocalizedText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SourceRequest", description = "A source evidence cites; id and kind are required, the rest is null where "
        + "the source does not say.")
public record SourceRequest(
        @Schema(description = "Stable id; evidence names it in its `source` field", examples = "seed:000_33b908bba84e1ab1")
        @NotBlank @TextLength(max = Limits.SOURCE) String id,
        @NotNull SourceKind kind,
        @Localized(max = Limits.TITLE) LocalizedText title,
        @Schema(description = "Persons or organizations, as written")
        @Size(max = Limits.AUTHORS) List<@NotBlank @TextLength(max = Limits.NAME) String> authors,
        @TextLength(max = Limits.NAME) String publisher,
        @Schema(description = "Year of publication") @Min(1000) @Max(9999) Integer issued,
        @Schema(description = "An http(s) link") @TextLength(max = Limits.URL) String url,
        @Schema(description = "BCP 47 tag", examples = "zh-TW") @TextLength(max = Limits.LANGUAGE) String language,
        @TextLength(max = Limits.DESCRIPTION) String note) {

    public SourceDraft toDraft() {
        return new SourceDraft(id, kind, title, authors, publisher, issued, url, language, note);
    }
}
