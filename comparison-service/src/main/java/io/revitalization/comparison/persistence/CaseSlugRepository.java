package io.revitalization.comparison.persistence;

import io.revitalization.support.persistence.ArrayMembership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The slugs of the cases a comparison names. The ids go as one array parameter, not an IN list, because a result may
 * name more cases than a statement can take parameters (65,535).
 */
@ApplicationScoped
public class CaseSlugRepository {
    private final EntityManager entityManager;

    public CaseSlugRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Slugs of the given cases that have one. */
    @SuppressWarnings("unchecked")
    public Map<UUID, String> slugsOf(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("SELECT id, slug FROM case_projection WHERE id "
                        + ArrayMembership.in(":ids", "uuid") + " AND slug IS NOT NULL")
                .setParameter("ids", caseIds.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
        Map<UUID, String> slugs = new LinkedHashMap<>();
        rows.forEach(row -> slugs.put((UUID) row[0], (String) row[1]));
        return slugs;
    }
}
