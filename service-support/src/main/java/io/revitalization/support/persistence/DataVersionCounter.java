package io.revitalization.support.persistence;

import jakarta.persistence.EntityManager;

/**
 * A service's one-row {@code data_version} counter, which names the state of its data as its change stream
 * announces it. Each service's persistence layer has a repository extending it.
 */
public abstract class DataVersionCounter {
    protected final EntityManager entityManager;

    protected DataVersionCounter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For the client proxy of a normal-scoped subclass, which delegates every call to the real bean. */
    protected DataVersionCounter() {
        this(null);
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
