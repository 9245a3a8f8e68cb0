package io.revitalization.partnerships.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.revitalization.partnerships.domain.AgreementStatus;
import io.revitalization.partnerships.domain.Evidence;
import io.revitalization.partnerships.domain.MemberConsent;
import io.revitalization.partnerships.domain.MemberRole;
import io.revitalization.partnerships.domain.Membership;
import io.revitalization.partnerships.domain.PartnershipKind;
import io.revitalization.partnerships.domain.Phase;
import io.revitalization.values.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A partnership as the API shows it; {@code display…} fields are in the language Accept-Language picked. */
public record PartnershipResponse(
        UUID id,
        String slug,
        long version,
        LocalizedText title,
        String displayTitle,
        LocalizedText description,
        PartnershipKind kind,
        Membership membership,
        List<MemberResponse> members,
        List<String> themes,
        AgreementResponse agreement,
        @JsonProperty("public") @Schema(name = "public") boolean isPublic,
        @Schema(description = "The declared phase; null when none is declared") Phase phase,
        List<Evidence> evidence,
        @Schema(description = "Where a seeded record's values come from; null for records made through the API")
        Map<String, Object> provenance,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public record MemberResponse(UUID institutionId, String institutionSlug, LocalizedText name, String displayName,
                                 String country, MemberRole role,
                                 @Schema(description = "PENDING while an institution named by another has not "
                                         + "confirmed (POST …/members/{institution}/consent)") MemberConsent consent) {
    }

    public record AgreementResponse(LocalDate start, LocalDate end, AgreementStatus status, String documentUrl) {
    }
}
