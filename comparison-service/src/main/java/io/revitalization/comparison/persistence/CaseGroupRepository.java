package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.GroupMembership;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.analysis.YearRange;
import io.revitalization.support.persistence.ArrayMembership;
import io.revitalization.support.persistence.NativeStatements;
import io.revitalization.support.persistence.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Which groups each live case belongs to, in which years (table {@code case_group}). */
@ApplicationScoped
public class CaseGroupRepository {
    private final EntityManager entityManager;

    public CaseGroupRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public Set<GroupMembership> membershipsOf(UUID caseId) {
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT grouping, group_key, first_year, last_year FROM case_group WHERE case_id = :caseId")
                .setParameter("caseId", caseId)
                .getResultList();
        Set<GroupMembership> memberships = new HashSet<>();
        rows.forEach(row -> memberships.add(new GroupMembership(
                new GroupRef(Grouping.fromKey((String) row[0]).orElseThrow(), (String) row[1]),
                new YearRange(((Number) row[2]).intValue(), ((Number) row[3]).intValue()))));
        return memberships;
    }

    /** The memberships of each of the cases (a case in no group is absent), in one query. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Set<GroupMembership>> membershipsOf(Collection<UUID> caseIds) {
        Map<UUID, Set<GroupMembership>> memberships = new HashMap<>();
        if (caseIds.isEmpty()) {
            return memberships;
        }
        List<Object[]> rows = entityManager.createNativeQuery("SELECT case_id, grouping, group_key, first_year, "
                        + "last_year FROM case_group WHERE case_id " + ArrayMembership.in(":ids", "uuid"))
                .setParameter("ids", caseIds.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
        rows.forEach(row -> memberships.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add(new GroupMembership(
                new GroupRef(Grouping.fromKey((String) row[1]).orElseThrow(), (String) row[2]),
                new YearRange(((Number) row[3]).intValue(), ((Number) row[4]).intValue()))));
        return memberships;
    }

    /** The groups the case belongs to in the year. */
    @SuppressWarnings("unchecked")
    public Set<GroupRef> groupsOf(UUID caseId, int year) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT grouping, group_key FROM case_group "
                        + "WHERE case_id = :caseId AND :year BETWEEN first_year AND last_year")
                .setParameter("caseId", caseId)
                .setParameter("year", year)
                .getResultList();
        Set<GroupRef> groups = new HashSet<>();
        rows.forEach(row -> groups.add(new GroupRef(Grouping.fromKey((String) row[0]).orElseThrow(), (String) row[1])));
        return groups;
    }

    public void replace(UUID caseId, Collection<GroupMembership> memberships) {
        NativeStatements.change(entityManager,
                entityManager.createNativeQuery("DELETE FROM case_group WHERE case_id = :caseId")
                        .setParameter("caseId", caseId), "case_group");
        add(caseId, memberships);
    }

    /** Adds memberships to a case's, in one statement whatever their number. */
    public void add(UUID caseId, Collection<GroupMembership> memberships) {
        addAll(Map.of(caseId, memberships));
    }

    /** Adds memberships to each case's, in one statement whatever their number. */
    public void addAll(Map<UUID, ? extends Collection<GroupMembership>> membershipsByCase) {
        List<UUID> cases = new ArrayList<>();
        List<GroupMembership> memberships = new ArrayList<>();
        membershipsByCase.forEach((caseId, ofCase) -> ofCase.forEach(membership -> {
            cases.add(caseId);
            memberships.add(membership);
        }));
        if (memberships.isEmpty()) {
            return;
        }
        NativeStatements.change(entityManager, entityManager.createNativeQuery("""
                        INSERT INTO case_group (case_id, grouping, group_key, first_year, last_year)
                        SELECT * FROM unnest(CAST(:cases AS uuid[]), CAST(:groupings AS text[]), CAST(:keys AS text[]),
                                             CAST(:firsts AS int[]), CAST(:lasts AS int[]))""")
                .setParameter("cases", cases.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter("groupings", memberships.stream().map(m -> m.group().grouping().key())
                        .toArray(String[]::new))
                .setParameter("keys", memberships.stream().map(m -> m.group().key()).toArray(String[]::new))
                .setParameter("firsts", memberships.stream().map(m -> m.years().from()).toArray(Integer[]::new))
                .setParameter("lasts", memberships.stream().map(m -> m.years().to()).toArray(Integer[]::new)),
                "case_group");
    }

    /** The cases of a group in the year, sorted. */
    public List<UUID> casesOf(GroupRef group, int year) {
        return ScalarQueries.create(entityManager, "SELECT DISTINCT case_id FROM case_group WHERE grouping = :grouping "
                                + "AND group_key = :key AND :year BETWEEN first_year AND last_year ORDER BY case_id",
                        "case_id", UUID.class)
                .setParameter("grouping", group.grouping().key())
                .setParameter("key", group.key())
                .setParameter("year", year)
                .getResultList();
    }

    public boolean exists(GroupRef group) {
        return !entityManager.createNativeQuery(
                        "SELECT 1 FROM case_group WHERE grouping = :grouping AND group_key = :key LIMIT 1")
                .setParameter("grouping", group.grouping().key())
                .setParameter("key", group.key())
                .getResultList().isEmpty();
    }

    /** Every group of a grouping that has a live case (in some year), sorted. */
    public List<String> keysOf(Grouping grouping) {
        return ScalarQueries.create(entityManager,
                        "SELECT DISTINCT group_key FROM case_group WHERE grouping = :grouping ORDER BY group_key",
                        "group_key", String.class)
                .setParameter("grouping", grouping.key())
                .getResultList();
    }
}
