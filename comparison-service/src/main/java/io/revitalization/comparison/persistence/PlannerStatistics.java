package io.revitalization.comparison.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Statement;

/**
 * Takes a table's planner statistics again once the table has doubled since they were taken.
 *
 * <p>A connection keeps the plan of each foreign-key check (and of each prepared statement) until the table it reads
 * is analyzed again. A check first run while {@code case_projection} held the seed's few cases scans the whole
 * table, and during a bulk import it runs for every {@code case_group} row and every coding, each time over a
 * larger table. Autovacuum visits a database about once a minute by default; an import of 10,000 cases is over
 * before then. Analyzing the table invalidates every connection's plans of it as the transaction commits. Doubling
 * keeps the runs few: about ten on the way to 100,000 cases.
 */
@ApplicationScoped
public class PlannerStatistics {
    /**
     * The size a table is measured from while smaller: a check of a table of a few pages reads it whole at little
     * cost, and its doublings come every few rows.
     */
    private static final int SMALL_TABLE_PAGES = 8;
    private static final String DOUBLED = """
            SELECT pg_relation_size(c.oid) >= 2 * greatest(c.relpages, %d) * current_setting('block_size')::bigint
            FROM pg_class c WHERE c.oid = CAST(:table AS regclass)""".formatted(SMALL_TABLE_PAGES);

    private final EntityManager entityManager;

    public PlannerStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * In the current transaction: analyzes the table if it has doubled since its statistics were taken, and says
     * whether it did. {@code table} is a name written in this code, never a caller's text.
     */
    public boolean refreshIfDoubled(String table) {
        boolean doubled = (Boolean) entityManager.createNativeQuery(DOUBLED).setParameter("table", table)
                .getSingleResult();
        if (doubled) {
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("ANALYZE " + table);
                }
            });
        }
        return doubled;
    }
}
