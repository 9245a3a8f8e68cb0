package io.revitalization.cases.api;

import io.revitalization.cases.api.validation.Localized;
import io.revitalization.cases.app.ProgramDraft;
import io.revitalization.cases.domain.ProgramCategory;
import io.revitalization.cases.domain.ProgramCategoryKind;
import io.revitalization.support.text.TextLength;
import io.revitalization.values.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

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
        @Schema(description = "Code of the program this one is a phase or part of; grouping cases by the parent "
                + "includes this one", examples = "MOE-USR") @TextLength(max = Limits.CODE) String parent,
        @Schema(description = "Code of the program that took over when this one ended", examples = "MEXT-COC-PLUS-R")
        @TextLength(max = Limits.CODE) String successor,
        @Schema(description = "Project types, tracks and hubs the program defines")
        @Size(max = Limits.CATEGORIES) List<@NotNull @Valid CategoryRequest> categories,
        @Size(max = Limits.EVIDENCE) List<@NotNull @Valid EvidenceRequest> evidence,
        @Schema(description = "Field path → what the source gives for it, what was added and why")
        @Size(max = Limits.PROVENANCE) Map<@NotBlank @TextLength(max = Limits.PROVENANCE_FIELD) String,
                @NotBlank @TextLength(max = Limits.PROVENANCE_NOTE) String> provenance) {

    public ProgramDraft toDraft() {
        return new ProgramDraft(code, name, country, sponsor, Drafts.of(startYear, YearInput::toYear),
                Drafts.of(endYear, YearInput::toYear), parent, successor,
                Drafts.of(categories, CategoryRequest::toCategory), Drafts.of(evidence, EvidenceRequest::toDraft),
                provenance);
    }

    @Schema(name = "ProgramCategoryRequest", description = "A project type, track or hub of the program")
    public record CategoryRequest(
            @Schema(examples = "seed") @NotNull @TextLength(max = Limits.CODE)
            @Pattern(regexp = Limits.CODE_PATTERN, message = "must be letters, digits, '.', '_' and '-'") String code,
            @NotNull ProgramCategoryKind kind,
            @Localized(max = Limits.NAME, required = true) LocalizedText name) {

        ProgramCategory toCategory() {
            return new ProgramCategory(code, kind, name);
        }
    }
}
