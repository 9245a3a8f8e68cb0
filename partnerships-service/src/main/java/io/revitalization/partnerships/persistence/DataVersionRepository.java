package io.revitalization.partnerships.persistence;

import io.revitalization.support.persistence.DataVersionCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The one-row counter that names the state of the partnerships' data, as the change stream announces it. */
@ApplicationScoped
public class DataVersionRepository extends DataVersionCounter {

    public DataVersionRepository(EntityManager entityManager) {
        super(entityManager);
    }
}
