package io.revitalization.events;

import io.revitalization.values.LocalizedText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Full state of a Taiwan–Japan partnership. {@code membership} is {@code NAMED} when {@code members} lists the
 * institutions, {@code UNNAMED} when the source attests the partnership without naming them ({@code members}
 * is then empty); {@code evidence} cites where the partnership is attested. A member's {@code consent} is
 * {@code CONFIRMED} once one of its keys (or a curator, or the seed) confirmed it, {@code PENDING} while an institution
 * named by another has not; consumers treat a pending member as not (yet) a member. Events written before consent
 * existed carry no {@code consent}: read it as {@code CONFIRMED}.
 */
public record PartnershipV1(
        UUID id,
        String slug,
        long version,
        LocalizedText title,
        LocalizedText description,
        String kind,
        List<Member> members,
        List<String> themes,
        Agreement agreement,
        boolean isPublic,
        String phase,
        boolean deleted,
        OffsetDateTime updatedAt,
        String membership,
        List<EvidenceV1> evidence) {

    public record Member(UUID institutionId, String country, String role, String consent) {
        public static final String CONFIRMED = "CONFIRMED";
        public static final String PENDING = "PENDING";

        public boolean confirmed() {
            return !PENDING.equals(consent);
        }
    }

    public record Agreement(LocalDate start, LocalDate end, String status, String documentUrl) {
    }
}
