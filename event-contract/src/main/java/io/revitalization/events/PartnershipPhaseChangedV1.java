package io.revitalization.events;

import io.revitalization.values.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The declared phase of a partnership changed (benchmarking → co-creation → third phase). */
public record PartnershipPhaseChangedV1(
        UUID partnershipId,
        long version,
        String from,
        String to,
        LocalDate at,
        LocalizedText reason,
        List<EvidenceV1> evidence) {
}
