package io.revitalization.comparison.persistence;

import io.revitalization.support.persistence.DataVersionCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The one-row counter that names the state comparisons are computed from. */
@ApplicationScoped
public class DataVersionRepository extends DataVersionCounter {

    public DataVersionRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /** Locks the version's row until the transaction ends (see {@code DataChanges.apply}). */
    public void lock() {
        entityManager.createNativeQuery("SELECT version FROM data_version WHERE id = 1 FOR UPDATE").getSingleResult();
    }

    /** Makes the current transaction read one consistent snapshot; must be its first statement. */
    public void readOneSnapshot() {
        entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
    }
}
