package io.revitalization.partnerships.api;

import io.revitalization.partnerships.domain.FlowDirection;
import io.revitalization.partnerships.domain.Participants;
import io.revitalization.partnerships.domain.Phase;
import io.revitalization.partnerships.domain.UpdateKind;
import io.revitalization.partnerships.domain.UpdateStatus;
import io.revitalization.values.LocalizedText;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An update as the feeds show it: its latest revision, its author, and whether it was withdrawn. */
public record UpdateResponse(
        UUID id,
        PartnershipReference partnership,
        Author author,
        UpdateKind kind,
        Phase requestedPhase,
        LocalDate date,
        LocalizedText text,
        String displayText,
        FlowDirection direction,
        List<Participants> participants,
        List<String> links,
        UpdateStatus status,
        int revision,
        long version,
        OffsetDateTime postedAt,
        OffsetDateTime updatedAt,
        Withdrawal withdrawal) {

    public record PartnershipReference(UUID id, String slug, String displayTitle) {
    }

    public record Author(UUID institutionId, String institutionSlug, String displayName, String country) {
    }

    public record Withdrawal(OffsetDateTime at, LocalizedText reason) {
    }
}
