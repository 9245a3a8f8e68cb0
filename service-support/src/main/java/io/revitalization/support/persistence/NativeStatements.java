package io.revitalization.support.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import java.sql.Statement;

/**
 * Native statements through the entity manager, each naming what it changes. Hibernate cannot tell what a native
 * statement changes, so unless told it empties the whole second-level cache on each one (in comparison-service, the
 * codebook versions kept there: every event applied and every read emptied it); naming the one table a statement
 * changes, or sending a setting past Hibernate, leaves the rest of the cache alone.
 */
public final class NativeStatements {

    private NativeStatements() {
    }

    /**
     * Runs an insert, update or delete of this table only. Every change still pending in the entity manager is
     * written first, as Hibernate does before a native statement that names nothing: the statement may need one of
     * them (a new row that its foreign key refers to).
     */
    public static int change(EntityManager entityManager, Query statement, String table) {
        entityManager.flush();
        return statement.unwrap(NativeQuery.class).addSynchronizedQuerySpace(table).executeUpdate();
    }

    /** Runs a statement that changes no table, such as a setting of the transaction, on its connection. */
    public static void set(EntityManager entityManager, String setting) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(setting);
            }
        });
    }
}
