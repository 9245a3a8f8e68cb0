package io.revitalization.events;

import io.revitalization.values.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The declared phase of a partnership changed (benchmarking → co-creation → third phase). The events of one
 * partnership are its phase history: {@code sequence} numbers its changes 1, 2, 3… in the order they were recorded
 * (events written before it existed carry none: read them in the order they arrive), {@code at} is when the
 * relationship changed ({@code null} when the source does not date it), {@code from} is {@code null} for its first
 * declared phase.
 */
public record PartnershipPhaseChangedV1(
        UUID partnershipId,
        long version,
        String from,
        String to,
        LocalDate at,
        LocalizedText reason,
        List<EvidenceV1> evidence,
        Integer sequence) {
}
