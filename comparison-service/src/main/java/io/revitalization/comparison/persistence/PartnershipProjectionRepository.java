package io.revitalization.comparison.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revitalization.comparison.domain.PartnershipProjection;
import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PartnershipProjectionRepository implements PanacheRepositoryBase<PartnershipProjection, UUID> {

    /**
     * The phases of live public partnerships that have any of the institutions as a confirmed member, sorted. Runs once per case
     * event, so it goes to JDBC directly: Hibernate keys its plan cache for a native query with a result class by a
     * mapping that never equals the next one, so every call missed the cache and searched a growing bin of it
     * (most of a projection's time under a bulk import).
     */
    public List<String> phasesWithAnyMember(Collection<UUID> institutionIds) {
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT DISTINCT phase FROM partnership_projection
                    WHERE NOT deleted AND is_public AND phase IS NOT NULL AND member_ids && ?
                    ORDER BY phase""")) {
                query.setArray(1, connection.createArrayOf("uuid", institutionIds.toArray()));
                List<String> phases = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        phases.add(rows.getString(1));
                    }
                }
                return phases;
            }
        });
    }
}
