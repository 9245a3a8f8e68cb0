package io.revitalization.comparison.app.readmodel;

import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.GroupMembership;
import io.revitalization.comparison.domain.analysis.CaseHistory;
import io.revitalization.comparison.domain.analysis.CodedUnit;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.persistence.CaseGroupRepository;
import io.revitalization.comparison.persistence.CaseHistoryRepository;
import io.revitalization.comparison.persistence.CaseHistoryRepository.Key;
import io.revitalization.comparison.persistence.CodingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps the case histories ({@link CaseHistory}) in step with a case's codings and groups, in the transaction of the
 * change: the case's histories are recomputed from its codings and memberships and compared with where it is
 * counted, so the cost depends on the case, never on the number of cases, and refreshing twice changes nothing.
 */
@ApplicationScoped
public class CaseHistories {
    private final CaseHistoryRepository histories;
    private final CaseGroupRepository caseGroups;
    private final CodingRepository codings;

    public CaseHistories(CaseHistoryRepository histories, CaseGroupRepository caseGroups, CodingRepository codings) {
        this.histories = histories;
        this.caseGroups = caseGroups;
        this.codings = codings;
    }

    /** Counts each case as its codings and groups now stand (in case order, so two changes lock alike). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return;
        }
        refresh(caseIds, CasesAsTheyStand.read(caseIds, codings, caseGroups));
    }

    /** {@link #refresh(Collection)} with the cases' codings and memberships already read in this transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<UUID> caseIds, CasesAsTheyStand standing) {
        Set<UUID> sorted = new TreeSet<>(caseIds);
        if (sorted.isEmpty()) {
            return;
        }
        Map<UUID, Map<Key, String>> counted = histories.ofCases(sorted);
        List<CaseHistoryRepository.Move> leaving = new ArrayList<>();
        List<CaseHistoryRepository.Move> joining = new ArrayList<>();
        for (UUID caseId : sorted) {
            Map<Key, String> was = counted.getOrDefault(caseId, Map.of());
            Map<Key, String> now = historiesOf(standing.codingsOf(caseId), standing.membershipsOf(caseId));
            was.forEach((key, history) -> {
                if (!history.equals(now.get(key))) {
                    leaving.add(new CaseHistoryRepository.Move(caseId, key, history));
                }
            });
            now.forEach((key, history) -> {
                if (!history.equals(was.get(key))) {
                    joining.add(new CaseHistoryRepository.Move(caseId, key, history));
                }
            });
        }
        histories.move(leaving, joining);
    }

    /**
     * A case's histories: per codebook version, dimension, stored selection ({@link Selections#storedFor}: a case
     * whose units of a dimension each have one coder is counted once for majority, all coders and adjudicated) and
     * group, its units in the group's years.
     */
    static Map<Key, String> historiesOf(List<CaseCoding> caseCodings, Set<GroupMembership> memberships) {
        Map<Key, String> now = new HashMap<>();
        if (memberships.isEmpty()) {
            return now;
        }
        caseCodings.stream().collect(Collectors.groupingBy(coding -> new Dimension(coding.codebookId,
                coding.codebookVersion, coding.dimension))).forEach((dimension, ofDimension) -> {
            Map<Integer, List<Coding>> byYear = ofDimension.stream().collect(Collectors.groupingBy(
                    coding -> coding.year, Collectors.mapping(CaseCoding::toAnalysis, Collectors.toList())));
            List<Coding> analysis = byYear.values().stream().flatMap(List::stream).toList();
            Selections.storedFor(List.of(analysis)).forEach((key, selection) -> {
                Map<Integer, List<CodedUnit>> units = new HashMap<>();
                byYear.forEach((year, ofYear) -> units.put(year, selection.resolve(ofYear).units()));
                memberships.stream().map(GroupMembership::group).distinct().forEach(group -> {
                    List<CodedUnit> inGroup = new ArrayList<>();
                    units.forEach((year, ofYear) -> {
                        if (memberships.stream().anyMatch(m -> m.group().equals(group) && m.holdsIn(year))) {
                            inGroup.addAll(ofYear);
                        }
                    });
                    if (!inGroup.isEmpty()) {
                        now.put(new Key(dimension.codebookId(), dimension.version(), dimension.dimension(), key,
                                group.grouping().key(), group.key()), CaseHistory.of(inGroup));
                    }
                });
            });
        });
        return now;
    }

    private record Dimension(UUID codebookId, int version, String dimension) {
    }
}
