package io.revitalization.comparison.app.readmodel;

import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.GroupMembership;
import io.revitalization.comparison.persistence.CaseGroupRepository;
import io.revitalization.comparison.persistence.CodingRepository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every coding and group membership of some cases as they stand in the current transaction, read once and handed to
 * each read model a change refreshes ({@link Configurations}, {@link CaseHistories}) instead of read by each again.
 *
 * @param codings     each case's codings (a case with none may be absent)
 * @param memberships each case's group memberships (a case in no group may be absent)
 */
public record CasesAsTheyStand(Map<UUID, List<CaseCoding>> codings, Map<UUID, Set<GroupMembership>> memberships) {

    public CasesAsTheyStand {
        codings = Map.copyOf(codings);
        memberships = Map.copyOf(memberships);
    }

    /** Reads the cases' codings and memberships, for a read model refreshed on its own. */
    static CasesAsTheyStand read(Collection<UUID> caseIds, CodingRepository codingRows,
                                 CaseGroupRepository caseGroups) {
        return new CasesAsTheyStand(
                codingRows.ofCases(caseIds).stream().collect(Collectors.groupingBy(coding -> coding.caseId)),
                caseGroups.membershipsOf(caseIds));
    }

    List<CaseCoding> codingsOf(UUID caseId) {
        return codings.getOrDefault(caseId, List.of());
    }

    Set<GroupMembership> membershipsOf(UUID caseId) {
        return memberships.getOrDefault(caseId, Set.of());
    }
}
