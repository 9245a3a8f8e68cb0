package io.revitalization.comparison.app.readmodel;

import io.revitalization.comparison.app.change.Change;
import io.revitalization.comparison.app.change.ReadNames;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.CaseProjection;
import io.revitalization.comparison.domain.GroupMembership;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.PartnershipHistory;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.analysis.PhaseYears;
import io.revitalization.comparison.persistence.CaseGroupRepository;
import io.revitalization.comparison.persistence.CodingRepository;
import io.revitalization.comparison.persistence.PhaseHistoryRepository;
import io.revitalization.comparison.persistence.TallyRepository.CaseYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which groups a case belongs to in which years, and moving it (with its codings' tallies) when that changes. A
 * live case is in its country, each of its programs and each of its institutions (lead and participants) in every
 * year. In each year it is in the phase then in force ({@link io.revitalization.comparison.domain.analysis.PhaseHistory})
 * of every live public partnership one of its institutions is a confirmed member of, or in
 * {@value Grouping#NO_PARTNERSHIP} when none is in a phase that year. A partnership that is not public groups no
 * case: tallies are shared by every reader, and most readers may not know it exists. A deleted case is in no group.
 */
@ApplicationScoped
public class CaseGroups {
    private final CaseGroupRepository caseGroups;
    private final CodingRepository codings;
    private final PhaseHistoryRepository phaseHistories;
    private final Tallies tallies;
    private final Configurations configurations;
    private final CaseHistories histories;

    public CaseGroups(CaseGroupRepository caseGroups, CodingRepository codings,
                      PhaseHistoryRepository phaseHistories, Tallies tallies,
                      Configurations configurations, CaseHistories histories) {
        this.caseGroups = caseGroups;
        this.codings = codings;
        this.phaseHistories = phaseHistories;
        this.tallies = tallies;
        this.configurations = configurations;
        this.histories = histories;
    }

    /**
     * Recomputes the case's groups and moves the tallies of each of its coded years to the groups of that year;
     * records the change when there is one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void regroup(CaseProjection caseProjection, Change change) {
        Set<GroupMembership> before = caseGroups.membershipsOf(caseProjection.id);
        Set<GroupMembership> after = membershipsOf(caseProjection);
        if (before.equals(after)) {
            return;
        }
        List<CaseCoding> caseCodings = codings.ofCase(caseProjection.id);
        Set<String> groupings = new TreeSet<>();
        Map<Integer, List<CaseCoding>> byYear = caseCodings.stream()
                .collect(Collectors.groupingBy(coding -> coding.year, TreeMap::new, Collectors.toList()));
        byYear.forEach((year, codingsOfYear) -> {
            Set<GroupRef> was = groupsIn(before, year);
            Set<GroupRef> is = groupsIn(after, year);
            Set<GroupRef> leaving = new HashSet<>(was);
            leaving.removeAll(is);
            Set<GroupRef> joining = new HashSet<>(is);
            joining.removeAll(was);
            tallies.moveCase(codingsOfYear, leaving, joining);
            leaving.forEach(group -> groupings.add(group.grouping().key()));
            joining.forEach(group -> groupings.add(group.grouping().key()));
        });
        // a change in years without codings still changes which groups exist
        Set<GroupMembership> changed = new HashSet<>(before);
        changed.addAll(after);
        changed.removeIf(membership -> before.contains(membership) && after.contains(membership));
        changed.forEach(membership -> groupings.add(membership.group().grouping().key()));
        caseGroups.replace(caseProjection.id, after);
        configurations.refreshAll(byYear.keySet().stream().map(year -> new CaseYear(caseProjection.id, year))
                .toList());
        histories.refresh(List.of(caseProjection.id));
        change.touched(List.of(), caseCodings.stream().map(coding -> coding.dimension).distinct().toList(), groupings,
                ReadNames.ALL_READS);
    }

    /**
     * Groups cases projected for the first time: {@link #regroup} without reading what they cannot have yet (groups,
     * codings: they need their projections), with one read of the partnerships of all their institutions and one
     * write of all their memberships.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void groupNew(Collection<CaseProjection> newCases, Change change) {
        List<PartnershipHistory> partnerships = phaseHistories.ofPartnershipsWithAnyMember(newCases.stream()
                .flatMap(newCase -> newCase.institutionIds.stream()).collect(Collectors.toSet()));
        Map<UUID, Set<GroupMembership>> memberships = new LinkedHashMap<>();
        newCases.forEach(newCase -> memberships.put(newCase.id, membershipsOf(newCase, partnerships)));
        caseGroups.addAll(memberships);
        Set<String> groupings = memberships.values().stream().flatMap(Set::stream)
                .map(membership -> membership.group().grouping().key()).collect(Collectors.toCollection(TreeSet::new));
        if (!groupings.isEmpty()) {
            change.touched(List.of(), List.of(), groupings, ReadNames.ALL_READS);
        }
    }

    public Set<GroupMembership> membershipsOf(CaseProjection caseProjection) {
        return membershipsOf(caseProjection, caseProjection.deleted ? List.of()
                : phaseHistories.ofPartnershipsWithAnyMember(caseProjection.institutionIds));
    }

    /**
     * The case's memberships, given (at least) the live public partnerships any of its institutions is a member of.
     */
    static Set<GroupMembership> membershipsOf(CaseProjection caseProjection, List<PartnershipHistory> partnerships) {
        Set<GroupMembership> memberships = new HashSet<>();
        if (caseProjection.deleted) {
            return memberships;
        }
        if (caseProjection.country != null) {
            memberships.add(GroupMembership.always(new GroupRef(Grouping.COUNTRY, caseProjection.country)));
        }
        caseProjection.programs.forEach(program ->
                memberships.add(GroupMembership.always(new GroupRef(Grouping.PROGRAM, program))));
        caseProjection.institutionIds.forEach(id ->
                memberships.add(GroupMembership.always(new GroupRef(Grouping.INSTITUTION, id.toString()))));
        PhaseYears.of(partnerships.stream()
                                .filter(partnership -> partnership.hasAnyMember(caseProjection.institutionIds))
                                .map(PartnershipHistory::history).toList(),
                        GroupMembership.EVERY_YEAR, Grouping.NO_PARTNERSHIP)
                .forEach((phase, runs) -> runs.forEach(years -> memberships.add(
                        new GroupMembership(new GroupRef(Grouping.PARTNERSHIP_PHASE, phase), years))));
        return memberships;
    }

    private static Set<GroupRef> groupsIn(Collection<GroupMembership> memberships, int year) {
        return memberships.stream().filter(membership -> membership.holdsIn(year)).map(GroupMembership::group)
                .collect(Collectors.toSet());
    }
}
