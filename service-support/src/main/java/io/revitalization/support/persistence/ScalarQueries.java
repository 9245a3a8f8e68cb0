package io.revitalization.support.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

/**
 * Native queries whose rows are one column of a basic type (text, a UUID, a number), read as that type.
 * <p>
 * Not {@code createNativeQuery(sql, String.class)}: Hibernate ORM 7.2 keys the cached plan of such a query by a result
 * builder that equals only itself ({@code ImplicitResultClassBuilder}), so every run of the query missed its plan and
 * cached one more under the same hash, until the plan cache (2,048 plans) was full of copies that each later lookup
 * compared one by one: 7 % of comparison-service's CPU while it projected an import's case events. A scalar named by
 * its column keys the plan by value: the query is planned once.
 */
public final class ScalarQueries {
    private ScalarQueries() {
    }

    /** {@code sql} returns {@code column}; each row is read as {@code type}. */
    public static <T> NativeQuery<T> create(EntityManager entities, String sql, String column, Class<T> type) {
        @SuppressWarnings("unchecked")
        NativeQuery<T> query = entities.createNativeQuery(sql).unwrap(NativeQuery.class);
        return query.addScalar(column, type);
    }
}
