package io.revitalization.comparison.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revitalization.comparison.domain.CaseProjection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
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
}
