package io.revitalization.comparison.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revitalization.comparison.domain.CaseProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseProjectionRepository implements PanacheRepositoryBase<CaseProjection, UUID> {

    public Optional<CaseProjection> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Live cases with any of the institutions among their lead and participants. */
    @SuppressWarnings("unchecked")
    public List<CaseProjection> withAnyInstitution(Collection<UUID> institutionIds) {
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery("""
                        SELECT * FROM case_projection
                        WHERE institution_ids && CAST(:ids AS uuid[])""", CaseProjection.class)
                .setParameter("ids", institutionIds.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
    }

    /** Live cases per country, in country order. */
    public Map<String, Long> liveCountByCountry() {
        List<Tuple> rows = getEntityManager().createQuery("""
                        select coalesce(c.country, '') as country, count(c) as n from CaseProjection c
                        where c.deleted = false group by coalesce(c.country, '') order by 1""", Tuple.class)
                .getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put(row.get("country", String.class), row.get("n", Long.class)));
        return counts;
    }

    /** Slugs of the given cases that have one. */
    public Map<UUID, String> slugsOf(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> slugs = new LinkedHashMap<>();
        getEntityManager().createQuery("select c.id, c.slug from CaseProjection c where c.id in :ids and c.slug is not null",
                        Object[].class)
                .setParameter("ids", caseIds)
                .getResultList()
                .forEach(row -> slugs.put((UUID) row[0], (String) row[1]));
        return slugs;
    }
}
