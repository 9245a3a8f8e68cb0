package io.revitalization.comparison.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a change on the counts that every change of the same groups adds to (tallies, profiles, coder
 * pairs, the counts of configurations and histories), held back to the end of its transaction. A count's row stays
 * locked from its first change until the commit: written first, the counts kept every other change of the same
 * groups waiting while this one wrote its own rows (the cases behind tallies, histories, codings); written last,
 * they are locked only while the transaction ends, and two changes of different cases (two chunks of an import, an
 * import and a case's event) mostly run side by side. The statements run in the order given, each repository's in
 * its lock order, as they did when they ran at once. Reads of these counts within a change would not see them; no
 * change reads them.
 */
@ApplicationScoped
public class CountsAtCommit {
    /** Statements on the transaction's connection. */
    @FunctionalInterface
    public interface Statements {
        void run(Connection connection) throws SQLException;
    }

    private static final Object KEY = CountsAtCommit.class;

    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;

    public CountsAtCommit(TransactionSynchronizationRegistry transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    /** Runs the statements when the current transaction ends, after those given before them. */
    void add(Statements statements) {
        Held held = (Held) transactions.getResource(KEY);
        if (held == null) {
            held = new Held();
            transactions.putResource(KEY, held);
            transactions.registerInterposedSynchronization(held);
        }
        held.statements.add(statements);
    }

    /**
     * Runs what the current transaction holds back, now; for the end of a transaction, before its last statement.
     * Otherwise it runs as the transaction commits.
     */
    public void runHeld() {
        Held held = (Held) transactions.getResource(KEY);
        if (held != null) {
            held.run();
        }
    }

    private final class Held implements Synchronization {
        private final List<Statements> statements = new ArrayList<>();

        /** On the transaction's connection, taken and handed back: Hibernate may have let go of it by now. */
        void run() {
            if (statements.isEmpty()) {
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                for (Statements next : statements) {
                    next.run(connection);
                }
                statements.clear();
            } catch (SQLException e) {
                throw new IllegalStateException("the counts of a change could not be written", e);
            }
        }

        @Override
        public void beforeCompletion() {
            run();
        }

        @Override
        public void afterCompletion(int status) {
            statements.clear();
        }
    }
}
