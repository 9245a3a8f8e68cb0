package io.revitalization.comparison.domain;

import io.revitalization.comparison.domain.analysis.PhaseHistory;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A partnership's phase history with its confirmed members: what groups the cases of its members by phase. */
public record PartnershipHistory(List<UUID> memberIds, PhaseHistory history) {
    public PartnershipHistory {
        memberIds = List.copyOf(memberIds);
    }

    public boolean hasAnyMember(Collection<UUID> institutionIds) {
        return institutionIds.stream().anyMatch(memberIds::contains);
    }
}
