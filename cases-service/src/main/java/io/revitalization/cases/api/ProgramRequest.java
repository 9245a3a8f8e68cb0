package io.revitalization.cases.api;

import io.revitalization.cases.api.validation.Localized;
import io.revitalization.cases.app.ProgramDraft;
import io.revitalization.support.text.TextLength;
import io.revitalization.values.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProgramRequest", description = "A policy program of the registry; code, name and country are required.")
public record ProgramRequest(
        @Schema(description = "Stable code; on PUT it may be omitted or must equal the path's", examples = "MOE-USR-PHASE-2")
        @TextLength(max = Limits.CODE) @Pattern(regexp = Limits.CODE_PATTERN, message = "must be letters, digits, '.', '_' and '-'") String code,
        @Localized(max = Limits.NAME, required = true) LocalizedText name,
        @Schema(description = "ISO 3166-1 alpha-2", examples = "TW") @NotNull String country,
        @Schema(description = "Id or slug of the sponsoring institution (a ministry)", examples = "taiwan-moe")
        @TextLength(max = Limits.REFERENCE) String sponsor,
        @Schema(description = "First year (a calendar year; any supported calendar)") YearInput startYear,
        @Schema(description = "Last year; null while the program runs") YearInput endYear,
        @Size(max = Limits.EVIDENCE) List<@NotNull @Valid EvidenceRequest> evidence) {

    public ProgramDraft toDraft() {
        return new ProgramDraft(code, name, country, sponsor, Drafts.of(startYear, YearInput::toYear),
                Drafts.of(endYear, YearInput::toYear), Drafts.of(evidence, EvidenceRequest::toDraft));
    }
}
