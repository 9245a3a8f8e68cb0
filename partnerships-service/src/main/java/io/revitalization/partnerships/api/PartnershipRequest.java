package io.revitalization.partnerships.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.revitalization.partnerships.domain.Membership;
import io.revitalization.partnerships.domain.PartnershipKind;
import io.revitalization.support.refs.Slugs;
import io.revitalization.support.text.TextLength;
import io.revitalization.values.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A partnership as a client writes it (POST creates, PUT replaces). The phase is not part of it: it changes only
 * through {@code PUT …/phase}, with a reason.
 */
public record PartnershipRequest(
        @Schema(description = "Stable human identifier, usable wherever the id is; cannot change once set")
        @TextLength(max = Limits.SLUG) @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase words of a-z "
                + "and 0-9 joined by single hyphens") String slug,
        @Schema(description = "At least one language; each at most 300 characters") LocalizedText title,
        @Schema(description = "Each language at most 5000 characters") LocalizedText description,
        @NotNull PartnershipKind kind,
        @Schema(description = "NAMED (default): two or more members. UNNAMED: the source attests the partnership "
                + "without naming its institutions; members must then be empty") Membership membership,
        @NotNull @Size(max = Limits.MEMBERS) List<@NotNull @Valid MemberRequest> members,
        @Size(max = Limits.THEMES) List<@NotNull @TextLength(max = Limits.THEME) @Pattern(regexp = Slugs.PATTERN,
                message = "must be a lowercase hyphenated word, e.g. satoyama or ageing-society") String> themes,
        @Valid AgreementRequest agreement,
        @JsonProperty("public") @Schema(name = "public", description = "Visible to everyone; otherwise only to "
                + "members, curators and admins") Boolean isPublic,
        @Size(max = Limits.EVIDENCE) List<@NotNull @Valid EvidenceRequest> evidence) {
}
