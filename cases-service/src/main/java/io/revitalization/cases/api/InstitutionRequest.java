package io.revitalization.cases.api;

import io.revitalization.cases.api.validation.Localized;
import io.revitalization.cases.app.InstitutionDraft;
import io.revitalization.cases.domain.InstitutionKind;
import io.revitalization.support.refs.Slugs;
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

@Schema(name = "InstitutionRequest", description = "An institution as clients write it; kind, name and country are required.")
public record InstitutionRequest(
        @Schema(description = "Stable human id; made from name.en when omitted", examples = "kochi-university")
        @TextLength(max = Limits.SLUG) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single hyphens") String slug,
        @NotNull InstitutionKind kind,
        @Schema(description = "The institution's names; Japanese institutions as they write themselves (高知大学)")
        @Localized(max = Limits.NAME, required = true) LocalizedText name,
        @Schema(description = "ISO 3166-1 alpha-2", examples = "JP") @NotNull String country,
        @Localized(max = Limits.REGION_NAME) LocalizedText region,
        @Size(max = Limits.EVIDENCE) List<@NotNull @Valid EvidenceRequest> evidence,
        @Schema(description = "Field path → what the source gives for it, what was added and why")
        @Size(max = Limits.PROVENANCE) Map<@NotBlank @TextLength(max = Limits.PROVENANCE_FIELD) String,
                @NotBlank @TextLength(max = Limits.PROVENANCE_NOTE) String> provenance) {

    public InstitutionDraft toDraft() {
        return new InstitutionDraft(slug, kind, name, country, region, Drafts.of(evidence, EvidenceRequest::toDraft),
                provenance);
    }
}
