package io.revitalization.partnerships.api;

import io.revitalization.partnerships.domain.MemberRole;
import io.revitalization.support.text.TextLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member institution, by the id or slug cases-service gave it; its country comes from the directory. */
public record MemberRequest(
        @Schema(description = "Institution id or slug", examples = "kochi-university")
        @NotBlank @TextLength(max = Limits.INSTITUTION_REFERENCE) String institution,
        @NotNull MemberRole role) {
}
