package io.revitalization.comparison.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revitalization.comparison.app.readmodel.CaseHistories;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The case histories of synthetic cases, counted by the service's own {@link CaseHistories} (synthetic codings are
 * written straight into the tables, past the service that keeps them).
 */
public final class SyntheticHistories {
    private static final int CASES_PER_TRANSACTION = 500;

    private SyntheticHistories() {
    }

    /** Counts cases {@code from} (inclusive) to {@code to} (exclusive) as their codings and groups stand. */
    public static void count(CaseHistories histories, SyntheticCodings data, int from, int to) throws SQLException {
        List<UUID> ids = data.caseIds(from, to);
        for (int start = 0; start < ids.size(); start += CASES_PER_TRANSACTION) {
            List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + CASES_PER_TRANSACTION));
            QuarkusTransaction.requiringNew().run(() -> histories.refresh(chunk));
        }
        data.analyze();
    }
}
