package io.revitalization.comparison.persistence;

import io.revitalization.support.persistence.DataVersionCounter;
import io.revitalization.support.persistence.NativeStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * The one-row counter that names the state comparisons are computed from, and the transaction-scoped advisory locks
 * data changes take (see {@code DataChanges}): the whole data, exclusively or shared, and single cases.
 */
@ApplicationScoped
public class DataVersionRepository extends DataVersionCounter {
    /** First key of the two-key advisory locks: the whole data (second key 0), or one case (its hash). */
    private static final int WHOLE_DATA = 0x636d7064;
    private static final int ONE_CASE = 0x636d7063;

    private final DataSource dataSource;

    public DataVersionRepository(EntityManager entityManager, DataSource dataSource) {
        super(entityManager);
        this.dataSource = dataSource;
    }

    /** Locks the whole data until the transaction ends: no other change runs meanwhile. */
    public void lockAll() {
        entityManager.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:key, 0)) AS locked")
                .setParameter("key", WHOLE_DATA)
                .getSingleResult();
    }

    /**
     * Shares the lock on the whole data until the transaction ends, with other changes of single cases, then locks
     * the cases' keys ({@link #caseKey}), which must be sorted so that two changes lock alike.
     */
    public void lockCases(boolean shareWholeData, Collection<Integer> sortedKeys) {
        if (shareWholeData) {
            entityManager.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock_shared(:key, 0)) AS locked")
                    .setParameter("key", WHOLE_DATA)
                    .getSingleResult();
        }
        if (sortedKeys.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(:key, k) "
                        + "FROM unnest(CAST(:keys AS int[])) AS k) AS locked")
                .setParameter("key", ONE_CASE)
                .setParameter("keys", sortedKeys.toArray(Integer[]::new))
                .getSingleResult();
    }

    /** The key a case's lock has; two cases may share one, which only makes their changes wait for each other. */
    public static int caseKey(UUID caseId) {
        return caseId.hashCode();
    }

    /**
     * Writes what the transaction holds unwritten, then bumps the version: the version's row is locked from then
     * until the transaction ends, only while it commits. For the end of a transaction, once Hibernate may have let go
     * of its connection: the bump takes the transaction's connection and hands it back itself.
     */
    public long bumpLast() {
        entityManager.flush();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement bump = connection.prepareStatement("UPDATE data_version SET version = version + 1, "
                     + "changed_at = now() WHERE id = 1 RETURNING version");
             ResultSet bumped = bump.executeQuery()) {
            bumped.next();
            return bumped.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the data version could not be bumped", e);
        }
    }

    /** Makes the current transaction read one consistent snapshot; must be its first statement. */
    public void readOneSnapshot() {
        NativeStatements.set(entityManager, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
}
