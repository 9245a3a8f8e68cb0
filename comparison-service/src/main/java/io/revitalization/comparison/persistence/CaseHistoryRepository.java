package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.CaseHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Each case's history per (codebook version, dimension, selection, group) ({@code case_history}) and how many cases
 * have each history ({@code history_tally}); see {@link CaseHistory}. Plain JDBC in the current transaction.
 */
@ApplicationScoped
public class CaseHistoryRepository {
    /** Where a case's history is counted. */
    public record Key(UUID codebookId, int codebookVersion, String dimension, String selection, String grouping,
                      String groupKey) {
    }

    /** A case and its history. */
    public record CaseRow(String caseId, String history) {
    }

    /** Keys in one order in every transaction, so that two transactions never wait on each other's rows. */
    public static final Comparator<Key> LOCK_ORDER = Comparator.comparing(Key::codebookId)
            .thenComparingInt(Key::codebookVersion).thenComparing(Key::dimension).thenComparing(Key::selection)
            .thenComparing(Key::grouping).thenComparing(Key::groupKey);

    private static final String COLUMNS = "codebook_id, codebook_version, dimension, selection, grouping, group_key";
    private static final String MATCH = "codebook_id = ? AND codebook_version = ? AND dimension = ? AND selection = ? "
            + "AND grouping = ? AND group_key = ?";

    private final EntityManager entityManager;

    public CaseHistoryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether every coding is in the histories (false for codings stored before they existed). */
    public boolean complete() {
        return (Boolean) entityManager.createNativeQuery("SELECT complete FROM history_tally_state WHERE id = 1")
                .getSingleResult();
    }

    /** Records that every coding is in the histories. */
    public void markComplete() {
        entityManager.createNativeQuery("UPDATE history_tally_state SET complete = true WHERE id = 1").executeUpdate();
    }

    /** The next cases with codings in case order, after {@code afterCaseId} (null: from the first). */
    public List<UUID> codedCases(UUID afterCaseId, int limit) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT case_id FROM coding"
                    + (afterCaseId == null ? "" : " WHERE case_id > ?") + " ORDER BY case_id LIMIT ?")) {
                int next = 1;
                if (afterCaseId != null) {
                    statement.setObject(next++, afterCaseId);
                }
                statement.setInt(next, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    List<UUID> cases = new ArrayList<>();
                    while (rows.next()) {
                        cases.add(rows.getObject(1, UUID.class));
                    }
                    return cases;
                }
            }
        });
    }

    /** A case's histories, locked until the transaction ends so that two changes of one case count it once. */
    public Map<Key, String> ofCase(UUID caseId) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                    + ", history FROM case_history WHERE case_id = ? FOR UPDATE")) {
                statement.setObject(1, caseId);
                try (ResultSet rows = statement.executeQuery()) {
                    Map<Key, String> histories = new HashMap<>();
                    while (rows.next()) {
                        histories.put(new Key(rows.getObject(1, UUID.class), rows.getInt(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6)), rows.getString(7));
                    }
                    return histories;
                }
            }
        });
    }

    /**
     * Replaces a case's histories: {@code was} as {@link #ofCase} read them, {@code now} as they are; histories
     * left without cases disappear.
     */
    public void replace(UUID caseId, Map<Key, String> was, Map<Key, String> now) {
        List<Key> leaving = was.keySet().stream().filter(key -> !was.get(key).equals(now.get(key)))
                .sorted(LOCK_ORDER).toList();
        List<Key> joining = now.keySet().stream().filter(key -> !now.get(key).equals(was.get(key)))
                .sorted(LOCK_ORDER).toList();
        if (leaving.isEmpty() && joining.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement removeCase = connection.prepareStatement("DELETE FROM case_history WHERE "
                    + MATCH + " AND case_id = ?");
                 PreparedStatement take = connection.prepareStatement("UPDATE history_tally SET cases = cases - 1 "
                         + "WHERE " + MATCH + " AND digest = md5(?)");
                 PreparedStatement dropEmpty = connection.prepareStatement("DELETE FROM history_tally WHERE "
                         + MATCH + " AND digest = md5(?) AND cases = 0");
                 PreparedStatement addCase = connection.prepareStatement("INSERT INTO case_history (" + COLUMNS
                         + ", case_id, history) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement add = connection.prepareStatement("INSERT INTO history_tally (" + COLUMNS
                         + ", history, cases) VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (" + COLUMNS
                         + ", digest) DO UPDATE SET cases = history_tally.cases + 1")) {
                for (Key key : leaving) {
                    bind(removeCase, key);
                    removeCase.setObject(7, caseId);
                    removeCase.addBatch();
                    bind(take, key);
                    take.setString(7, was.get(key));
                    take.addBatch();
                    bind(dropEmpty, key);
                    dropEmpty.setString(7, was.get(key));
                    dropEmpty.addBatch();
                }
                for (Key key : joining) {
                    bind(addCase, key);
                    addCase.setObject(7, caseId);
                    addCase.setString(8, now.get(key));
                    addCase.addBatch();
                    bind(add, key);
                    add.setString(7, now.get(key));
                    add.addBatch();
                }
                removeCase.executeBatch();
                take.executeBatch();
                dropEmpty.executeBatch();
                addCase.executeBatch();
                add.executeBatch();
            }
        });
    }

    /** The distinct histories of a group and how many cases have each. */
    public List<CaseHistory.Counted> counted(UUID codebookId, int version, String dimension, String selection,
                                             GroupRef group) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT history, cases FROM history_tally "
                    + "WHERE " + MATCH)) {
                bind(statement, new Key(codebookId, version, dimension, selection, group.grouping().key(),
                        group.key()));
                try (ResultSet rows = statement.executeQuery()) {
                    List<CaseHistory.Counted> histories = new ArrayList<>();
                    while (rows.next()) {
                        histories.add(new CaseHistory.Counted(rows.getString(1), rows.getInt(2)));
                    }
                    return histories;
                }
            }
        });
    }

    /** A page of a group's cases and their histories in case order, after {@code afterCaseId} (null: from the first). */
    public List<CaseRow> page(UUID codebookId, int version, String dimension, String selection, GroupRef group,
                              UUID afterCaseId, int limit) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT case_id::text, history "
                    + "FROM case_history WHERE " + MATCH + (afterCaseId == null ? "" : " AND case_id > ?")
                    + " ORDER BY case_id LIMIT ?")) {
                int next = bind(statement, new Key(codebookId, version, dimension, selection,
                        group.grouping().key(), group.key()));
                if (afterCaseId != null) {
                    statement.setObject(next++, afterCaseId);
                }
                statement.setInt(next, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    List<CaseRow> cases = new ArrayList<>();
                    while (rows.next()) {
                        cases.add(new CaseRow(rows.getString(1), rows.getString(2)));
                    }
                    return cases;
                }
            }
        });
    }

    private static int bind(PreparedStatement statement, Key key) throws SQLException {
        statement.setObject(1, key.codebookId());
        statement.setInt(2, key.codebookVersion());
        statement.setString(3, key.dimension());
        statement.setString(4, key.selection());
        statement.setString(5, key.grouping());
        statement.setString(6, key.groupKey());
        return 7;
    }
}
