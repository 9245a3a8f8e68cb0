package io.revitalization.comparison.app.readmodel;

import io.revitalization.comparison.app.change.Change;
import io.revitalization.comparison.app.change.ReadNames;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.CaseProjection;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.persistence.CaseGroupRepository;
import io.revitalization.comparison.persistence.CodingRepository;
import io.revitalization.comparison.persistence.PartnershipProjectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which groups a case belongs to, and moving it (with its codings' tallies) when that changes. A live case is in its
 * country, each of its programs, each of its institutions (lead and participants), and the phase of every live public
 * partnership one of its institutions is a confirmed member of (or {@value Grouping#NO_PARTNERSHIP}). A partnership
 * that is not public groups no case: tallies are shared by every reader, and most readers may not know it exists. A deleted case is in
 * no group. Group membership is not year-specific: a partnership's current phase stands for all years.
 */
@ApplicationScoped
public class CaseGroups {
    private final CaseGroupRepository caseGroups;
    private final CodingRepository codings;
    private final PartnershipProjectionRepository partnerships;
    private final Tallies tallies;

    public CaseGroups(CaseGroupRepository caseGroups, CodingRepository codings,
                      PartnershipProjectionRepository partnerships, Tallies tallies) {
        this.caseGroups = caseGroups;
        this.codings = codings;
        this.partnerships = partnerships;
        this.tallies = tallies;
    }

    /** Recomputes the case's groups and moves its tallies to them; records the change when there is one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void regroup(CaseProjection caseProjection, Change change) {
        Set<GroupRef> before = caseGroups.groupsOf(caseProjection.id);
        Set<GroupRef> after = groupsOf(caseProjection);
        if (before.equals(after)) {
            return;
        }
        Set<GroupRef> leaving = new HashSet<>(before);
        leaving.removeAll(after);
        Set<GroupRef> joining = new HashSet<>(after);
        joining.removeAll(before);
        List<CaseCoding> caseCodings = codings.ofCase(caseProjection.id);
        tallies.moveCase(caseCodings, leaving, joining);
        caseGroups.replace(caseProjection.id, after);
        Set<String> groupings = new TreeSet<>();
        leaving.forEach(group -> groupings.add(group.grouping().key()));
        joining.forEach(group -> groupings.add(group.grouping().key()));
        change.touched(List.of(), caseCodings.stream().map(coding -> coding.dimension).distinct().toList(), groupings,
                ReadNames.ALL_READS);
    }

    public Set<GroupRef> groupsOf(CaseProjection caseProjection) {
        Set<GroupRef> groups = new HashSet<>();
        if (caseProjection.deleted) {
            return groups;
        }
        if (caseProjection.country != null) {
            groups.add(new GroupRef(Grouping.COUNTRY, caseProjection.country));
        }
        caseProjection.programs.forEach(program -> groups.add(new GroupRef(Grouping.PROGRAM, program)));
        caseProjection.institutionIds.forEach(id -> groups.add(new GroupRef(Grouping.INSTITUTION, id.toString())));
        List<String> phases = partnerships.phasesWithAnyMember(caseProjection.institutionIds);
        (phases.isEmpty() ? List.of(Grouping.NO_PARTNERSHIP) : phases)
                .forEach(phase -> groups.add(new GroupRef(Grouping.PARTNERSHIP_PHASE, phase)));
        return groups;
    }
}
