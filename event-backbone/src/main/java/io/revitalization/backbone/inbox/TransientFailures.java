package io.revitalization.backbone.inbox;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells a passing failure (database restarting, connection lost, serialization conflict) from a poison event:
 * a passing failure is retried in place, so an event is never dead-lettered because PostgreSQL was restarting.
 */
final class TransientFailures {
    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
            if (cause.getClass().getName().startsWith("io.agroal") || cause instanceof jakarta.transaction.SystemException) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE classes 08 (connection), 40 (rollback: serialization, deadlock), 53 (resources), 57P (shutdown). */
    private static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57P"));
    }
}
