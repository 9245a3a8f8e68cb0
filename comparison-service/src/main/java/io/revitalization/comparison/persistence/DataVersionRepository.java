package io.revitalization.comparison.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The one-row counter that names the state comparisons are computed from. */
@ApplicationScoped
public class DataVersionRepository {
    private final EntityManager entityManager;

    public DataVersionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long current() {
        return ((Number) entityManager.createNativeQuery("SELECT version FROM data_version WHERE id = 1")
                .getSingleResult()).longValue();
    }

    /** Locks the version's row until the transaction ends (see {@code DataChanges.apply}). */
    public void lock() {
        entityManager.createNativeQuery("SELECT version FROM data_version WHERE id = 1 FOR UPDATE").getSingleResult();
    }

    /**
     * Increments the version and returns the new value. The row stays locked until the transaction ends, so
     * versions are committed in the order they are handed out.
     */
    public long bump() {
        return ((Number) entityManager.createNativeQuery(
                        "UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1 RETURNING version")
                .getSingleResult()).longValue();
    }

    /** Makes the current transaction read one consistent snapshot; must be its first statement. */
    public void readOneSnapshot() {
        entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
    }
}
