package io.revitalization.comparison.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revitalization.comparison.domain.PartnershipProjection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PartnershipProjectionRepository implements PanacheRepositoryBase<PartnershipProjection, UUID> {

    /** The phases of live partnerships that have any of the institutions as a member, sorted. */
    @SuppressWarnings("unchecked")
    public List<String> phasesWithAnyMember(Collection<UUID> institutionIds) {
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery("""
                        SELECT DISTINCT phase FROM partnership_projection
                        WHERE NOT deleted AND phase IS NOT NULL AND member_ids && CAST(:ids AS uuid[])
                        ORDER BY phase""", String.class)
                .setParameter("ids", institutionIds.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
    }
}
