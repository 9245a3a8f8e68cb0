package io.revitalization.partnerships.seed;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.revitalization.values.LocalizedText;
import io.revitalization.partnerships.domain.AgreementStatus;
import io.revitalization.partnerships.domain.Evidence;
import io.revitalization.partnerships.domain.MemberRole;
import io.revitalization.partnerships.domain.PartnershipKind;
import io.revitalization.partnerships.domain.Phase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One partnership of {@code seed/partnerships.json}; members name institutions by slug. */
public record SeedPartnership(String slug, LocalizedText title, LocalizedText description, PartnershipKind kind,
                              List<SeedMember> members, List<String> themes, SeedAgreement agreement,
                              @JsonProperty("public") boolean isPublic, Phase phase,
                              List<SeedPhaseChange> phaseHistory, List<Evidence> evidence,
                              Map<String, Object> provenance) {

    /** {@code country} is informative: the member's country is the one the institution directory holds. */
    public record SeedMember(String institution, String country, MemberRole role) {
    }

    public record SeedAgreement(LocalDate start, LocalDate end, AgreementStatus status, String documentUrl) {
    }

    public record SeedPhaseChange(Phase from, Phase to, LocalDate at, LocalizedText reason, List<Evidence> evidence) {
    }
}
