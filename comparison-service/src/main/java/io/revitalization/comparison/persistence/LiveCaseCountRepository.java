package io.revitalization.comparison.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Live cases per country, as the database keeps them (table {@code live_cases_by_country}, see migration V50). */
@ApplicationScoped
public class LiveCaseCountRepository {
    private final EntityManager entityManager;

    public LiveCaseCountRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Live cases per country ('' for cases without one), in country order. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> byCountry() {
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT country, cases FROM live_cases_by_country ORDER BY country").getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
