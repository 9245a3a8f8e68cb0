package io.revitalization.partnerships.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The one-row counter that names the state of the partnerships' data, as the change stream announces it. */
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

    /**
     * Increments the version and returns the new value. The row stays locked until the transaction ends, so
     * versions are committed in the order they are handed out.
     */
    public long bump() {
        return ((Number) entityManager.createNativeQuery(
                        "UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1 RETURNING version")
                .getSingleResult()).longValue();
    }
}
