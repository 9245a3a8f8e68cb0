package io.revitalization.gateway.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.revitalization.gateway.domain.ApiKey;
import io.revitalization.gateway.domain.KeyStatus;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.persistence.NativeStatements;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {
    private static final String ACTIVE = "revokedAt is null and (expiresAt is null or expiresAt > :now)";

    /** Keys in creation order after the cursor (created-at, id), at most {@code fetchSize}. */
    public List<ApiKey> page(KeyFilter filter, Optional<Cursor> after, int fetchSize, OffsetDateTime now) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        filter.role().ifPresent(role -> {
            where.add("role = :role");
            parameters.and("role", role);
        });
        filter.institution().ifPresent(institution -> {
            where.add("institutionId = :institution");
            parameters.and("institution", institution);
        });
        filter.status().ifPresent(status -> {
            switch (status) {
                case ACTIVE -> where.add(ACTIVE);
                case REVOKED -> where.add("revokedAt is not null");
                case EXPIRED -> where.add("revokedAt is null and expiresAt <= :now");
            }
            if (status != KeyStatus.REVOKED) {
                parameters.and("now", now);
            }
        });
        after.ifPresent(cursor -> {
            where.add("(createdAt > :afterCreated or (createdAt = :afterCreated and id > :afterId))");
            parameters.and("afterCreated", OffsetDateTime.parse(cursor.value(0)))
                    .and("afterId", UUID.fromString(cursor.value(1)));
        });
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by createdAt, id";
        return find(query, parameters).page(0, fetchSize).list();
    }

    public List<ApiKey> activeAt(OffsetDateTime now) {
        return list(ACTIVE, Parameters.with("now", now));
    }

    public long countActiveAdmins(OffsetDateTime now) {
        return count("role = 'admin' and " + ACTIVE, Parameters.with("now", now));
    }

    /**
     * Inserts an admin key without institution, expiry or own rate, unless a key with the same hash exists (two
     * gateways bootstrapping at once).
     */
    public boolean insertAdminIfHashIsNew(ApiKey key) {
        int inserted = NativeStatements.change(getEntityManager(), getEntityManager().createNativeQuery("""
                        INSERT INTO api_key (id, key_hash, label, role, created_at, created_by)
                        VALUES (?1, ?2, ?3, 'admin', ?4, ?5)
                        ON CONFLICT (key_hash) DO NOTHING""")
                .setParameter(1, key.id)
                .setParameter(2, key.keyHash)
                .setParameter(3, key.label)
                .setParameter(4, key.createdAt)
                .setParameter(5, key.createdBy), "api_key");
        return inserted == 1;
    }
}
