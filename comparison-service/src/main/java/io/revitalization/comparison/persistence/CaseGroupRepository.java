package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Which groups each live case belongs to (table {@code case_group}). */
@ApplicationScoped
public class CaseGroupRepository {
    private final EntityManager entityManager;

    public CaseGroupRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public Set<GroupRef> groupsOf(UUID caseId) {
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT grouping, group_key FROM case_group WHERE case_id = :caseId")
                .setParameter("caseId", caseId)
                .getResultList();
        Set<GroupRef> groups = new HashSet<>();
        rows.forEach(row -> groups.add(new GroupRef(Grouping.fromKey((String) row[0]).orElseThrow(), (String) row[1])));
        return groups;
    }

    public void replace(UUID caseId, Collection<GroupRef> groups) {
        entityManager.createNativeQuery("DELETE FROM case_group WHERE case_id = :caseId")
                .setParameter("caseId", caseId)
                .executeUpdate();
        for (GroupRef group : groups) {
            entityManager.createNativeQuery(
                            "INSERT INTO case_group (case_id, grouping, group_key) VALUES (:caseId, :grouping, :key)")
                    .setParameter("caseId", caseId)
                    .setParameter("grouping", group.grouping().key())
                    .setParameter("key", group.key())
                    .executeUpdate();
        }
    }

    /** The cases of a group, sorted. */
    @SuppressWarnings("unchecked")
    public List<UUID> casesOf(GroupRef group) {
        return entityManager.createNativeQuery(
                        "SELECT case_id FROM case_group WHERE grouping = :grouping AND group_key = :key ORDER BY case_id",
                        UUID.class)
                .setParameter("grouping", group.grouping().key())
                .setParameter("key", group.key())
                .getResultList();
    }

    public boolean exists(GroupRef group) {
        return !entityManager.createNativeQuery(
                        "SELECT 1 FROM case_group WHERE grouping = :grouping AND group_key = :key LIMIT 1")
                .setParameter("grouping", group.grouping().key())
                .setParameter("key", group.key())
                .getResultList().isEmpty();
    }

    /** Every group of a grouping that has a live case, sorted. */
    @SuppressWarnings("unchecked")
    public List<String> keysOf(Grouping grouping) {
        return entityManager.createNativeQuery(
                        "SELECT DISTINCT group_key FROM case_group WHERE grouping = :grouping ORDER BY group_key",
                        String.class)
                .setParameter("grouping", grouping.key())
                .getResultList();
    }
}
