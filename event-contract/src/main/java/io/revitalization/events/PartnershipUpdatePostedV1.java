package io.revitalization.events;

import io.revitalization.values.LocalizedText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An update a member university posted to a partnership (or its correction or withdrawal: see {@code status},
 * {@code POSTED}, {@code CORRECTED} or {@code WITHDRAWN}). {@code revision} counts corrections from 1;
 * {@code requestedPhase} is set on a {@code PHASE_CHANGE_REQUEST}.
 */
public record PartnershipUpdatePostedV1(
        UUID id,
        UUID partnershipId,
        long version,
        String kind,
        LocalDate date,
        LocalizedText text,
        String direction,
        List<Participants> participants,
        List<String> links,
        UUID authorInstitutionId,
        String status,
        OffsetDateTime postedAt,
        int revision,
        String requestedPhase) {

    public record Participants(String country, String kind, int count) {
    }
}
