package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.CaseHistory;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.support.persistence.ArrayMembership;
import io.revitalization.support.persistence.NativeStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    /** A group's rows under every key a selection is stored under ({@link Selections#storedKeys}), given as an array. */
    private static final String MATCH_STORED = "codebook_id = ? AND codebook_version = ? AND dimension = ? "
            + "AND selection = ANY (?) AND grouping = ? AND group_key = ?";
    /** A group's rows under one of those keys, {@code stored.selection}. */
    private static final String MATCH_EACH_STORED = "codebook_id = ? AND codebook_version = ? AND dimension = ? "
            + "AND selection = stored.selection AND grouping = ? AND group_key = ?";

    /** The key columns as arrays, open for more: {@code KEY_ARRAYS + ", ?::text[])"}. */
    private static final String KEY_ARRAYS = "unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[]";
    /** The key columns of a table's rows (alias {@code %s}) matched with those of the unnested rows {@code r}. */
    private static final String MATCH_ROWS = "%1$s.codebook_id = r.codebook_id AND %1$s.codebook_version = "
            + "r.codebook_version AND %1$s.dimension = r.dimension AND %1$s.selection = r.selection "
            + "AND %1$s.grouping = r.grouping AND %1$s.group_key = r.group_key";

    /**
     * A group's key columns (of alias {@code %1$s}), and the same of parameters with the stored key
     * {@code stored.selection} ({@link #STORED_KEY_TEXT}), as one text: its digest is the
     * expression of the index case_history_by_group (V90), written alike so that PostgreSQL reads along it. A read
     * names the columns too.
     */
    private static final String KEY_TEXT = "%1$scodebook_id::text || '/' || %1$scodebook_version::text || '/' "
            + "|| %1$sdimension || '/' || %1$sselection || '/' || %1$sgrouping || '/' || %1$sgroup_key";
    private static final String STORED_KEY_TEXT = "CAST(? AS uuid)::text || '/' || CAST(? AS int4)::text || '/' "
            + "|| CAST(? AS text) || '/' || stored.selection || '/' || CAST(? AS text) || '/' || CAST(? AS text)";

    private static String groupDigest(String alias) {
        return "hashtextextended(" + KEY_TEXT.formatted(alias) + ", 0)";
    }

    private final EntityManager entityManager;
    private final CountsAtCommit counts;

    public CaseHistoryRepository(EntityManager entityManager, CountsAtCommit counts) {
        this.entityManager = entityManager;
        this.counts = counts;
    }

    /** Whether every coding is in the histories (false for codings stored before they existed). */
    public boolean complete() {
        return (Boolean) entityManager.createNativeQuery("SELECT complete FROM history_tally_state WHERE id = 1")
                .getSingleResult();
    }

    /** Records that every coding is in the histories. */
    public void markComplete() {
        NativeStatements.change(entityManager,
                entityManager.createNativeQuery("UPDATE history_tally_state SET complete = true WHERE id = 1"),
                "history_tally_state");
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

    /** Some cases' histories, by case, locked until the transaction ends so that two changes of a case count it once. */
    public Map<UUID, Map<Key, String>> ofCases(Collection<UUID> caseIds) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                    + ", history, case_id FROM case_history WHERE case_id " + ArrayMembership.in("?", "uuid")
                    + " ORDER BY case_id FOR UPDATE")) {
                statement.setArray(1, connection.createArrayOf("uuid", caseIds.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    Map<UUID, Map<Key, String>> histories = new HashMap<>();
                    while (rows.next()) {
                        histories.computeIfAbsent(rows.getObject(8, UUID.class), id -> new HashMap<>())
                                .put(new Key(rows.getObject(1, UUID.class), rows.getInt(2), rows.getString(3),
                                        rows.getString(4), rows.getString(5), rows.getString(6)), rows.getString(7));
                    }
                    return histories;
                }
            }
        });
    }

    /** A case's history leaving or taking a place. */
    public record Move(UUID caseId, Key key, String history) {
    }

    /**
     * Moves cases out of some histories and into others (each case's old history of a key leaving before its new one
     * joins); the tallies' changes are summed per history and applied in one order, and histories left without cases
     * disappear.
     */
    public void move(List<Move> leaving, List<Move> joining) {
        if (leaving.isEmpty() && joining.isEmpty()) {
            return;
        }
        Map<Tally, Integer> changes = new TreeMap<>(TALLY_ORDER);
        leaving.forEach(move -> changes.merge(new Tally(move.key(), move.history()), -1, Integer::sum));
        joining.forEach(move -> changes.merge(new Tally(move.key(), move.history()), 1, Integer::sum));
        ColumnArrays removedCases = keyColumns("uuid");
        leaving.forEach(move -> removedCases.add(keyRow(move.key(), move.caseId())));
        ColumnArrays addedCases = keyColumns("uuid", "text");
        joining.forEach(move -> addedCases.add(keyRow(move.key(), move.caseId(), move.history())));
        ColumnArrays taken = keyColumns("text", "int4");
        ColumnArrays emptied = keyColumns("text");
        ColumnArrays added = keyColumns("text", "int4");
        changes.forEach((tally, cases) -> {
            // a loss updates: an upsert's insert values would break the cases >= 0 check even unused
            if (cases < 0) {
                taken.add(keyRow(tally.key(), tally.history(), cases));
                emptied.add(keyRow(tally.key(), tally.history()));
            } else if (cases > 0) {
                added.add(keyRow(tally.key(), tally.history(), cases));
            }
        });
        entityManager.unwrap(Session.class).doWork(connection -> {
            removedCases.execute(connection, "DELETE FROM case_history h USING " + KEY_ARRAYS
                    + ", ?::uuid[]) AS r(" + COLUMNS + ", case_id) WHERE " + groupDigest("h.") + " = "
                    + groupDigest("r.") + " AND " + MATCH_ROWS.formatted("h") + " AND h.case_id = r.case_id");
            addedCases.execute(connection, "INSERT INTO case_history (" + COLUMNS + ", case_id, history) SELECT * FROM "
                    + KEY_ARRAYS + ", ?::uuid[], ?::text[])");
        });
        counts.add(connection -> {
            taken.execute(connection, "UPDATE history_tally t SET cases = t.cases + r.cases FROM " + KEY_ARRAYS
                    + ", ?::text[], ?::int[]) AS r(" + COLUMNS + ", history, cases) WHERE " + MATCH_ROWS.formatted("t")
                    + " AND t.digest = md5(r.history)");
            // in the order of the rows given (lock order)
            added.execute(connection, "INSERT INTO history_tally (" + COLUMNS + ", history, cases) SELECT * FROM "
                    + KEY_ARRAYS + ", ?::text[], ?::int[]) ON CONFLICT (" + COLUMNS
                    + ", digest) DO UPDATE SET cases = history_tally.cases + EXCLUDED.cases");
            emptied.execute(connection, "DELETE FROM history_tally t USING " + KEY_ARRAYS + ", ?::text[]) AS r("
                    + COLUMNS + ", history) WHERE " + MATCH_ROWS.formatted("t")
                    + " AND t.digest = md5(r.history) AND t.cases = 0");
        });
    }

    /** Columns for rows of a key and more columns of the given types. */
    private static ColumnArrays keyColumns(String... more) {
        String[] types = new String[6 + more.length];
        System.arraycopy(new String[] {"uuid", "int4", "text", "text", "text", "text"}, 0, types, 0, 6);
        System.arraycopy(more, 0, types, 6, more.length);
        return new ColumnArrays(types);
    }

    private static Object[] keyRow(Key key, Object... more) {
        Object[] row = new Object[6 + more.length];
        row[0] = key.codebookId();
        row[1] = key.codebookVersion();
        row[2] = key.dimension();
        row[3] = key.selection();
        row[4] = key.grouping();
        row[5] = key.groupKey();
        System.arraycopy(more, 0, row, 6, more.length);
        return row;
    }

    private record Tally(Key key, String history) {
    }

    private static final Comparator<Tally> TALLY_ORDER = Comparator.comparing(Tally::key, LOCK_ORDER)
            .thenComparing(Tally::history);

    /**
     * The distinct histories of a group under a selection and how many cases have each, added up over the keys it is
     * stored under ({@link Selections#storedKeys}).
     */
    public List<CaseHistory.Counted> counted(UUID codebookId, int version, String dimension, String selection,
                                             GroupRef group) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT history, sum(cases)::int "
                    + "FROM history_tally WHERE " + MATCH_STORED + " GROUP BY history ORDER BY history")) {
                bindStored(statement, new Key(codebookId, version, dimension, selection, group.grouping().key(),
                        group.key()), connection);
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

    /**
     * A page of a group's cases and their histories in case order, after {@code afterCaseId} (null: from the first):
     * the page of each key the selection is stored under, along the group's index, then the first of those.
     */
    public List<CaseRow> page(UUID codebookId, int version, String dimension, String selection, GroupRef group,
                              UUID afterCaseId, int limit) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            // case_id itself, not as text: ordered by the text, the group's index order could not be used
            try (PreparedStatement statement = connection.prepareStatement("SELECT h.case_id, h.history "
                    + "FROM unnest(?::text[]) AS stored(selection) CROSS JOIN LATERAL (SELECT case_id, history "
                    + "FROM case_history WHERE " + groupDigest("") + " = hashtextextended(" + STORED_KEY_TEXT
                    + ", 0) AND " + MATCH_EACH_STORED + (afterCaseId == null ? "" : " AND case_id > ?")
                    + " ORDER BY case_id LIMIT ?) AS h ORDER BY h.case_id LIMIT ?")) {
                Key key = new Key(codebookId, version, dimension, selection, group.grouping().key(), group.key());
                statement.setArray(1, StoredKeys.of(connection, codebookId, version, selection));
                int next = bindEachStored(statement, bindEachStored(statement, 2, key), key);
                if (afterCaseId != null) {
                    statement.setObject(next++, afterCaseId);
                }
                statement.setInt(next++, limit);
                statement.setInt(next, limit);
                return caseRows(statement);
            }
        });
    }

    /**
     * A group's first cases in case order whose history is one of {@code histories}: the first of each history under
     * each key the selection is stored under (by the index of a group's cases per history), then the first of those.
     * Read in the group's case order instead, a rare history would mean reading every case of the group.
     */
    public List<CaseRow> firstWith(Key key, Collection<String> histories, int limit) {
        if (histories.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT h.case_id, h.history "
                    + "FROM unnest(?::text[]) AS wanted(history) CROSS JOIN unnest(?::text[]) AS stored(selection) "
                    + "CROSS JOIN LATERAL (SELECT case_id, history FROM case_history WHERE " + MATCH_EACH_STORED
                    + " AND md5(history) = md5(wanted.history) AND history = wanted.history ORDER BY case_id "
                    + "LIMIT ?) AS h ORDER BY h.case_id LIMIT ?")) {
                statement.setArray(1, connection.createArrayOf("text", histories.toArray()));
                statement.setArray(2, StoredKeys.of(connection, key.codebookId(), key.codebookVersion(),
                        key.selection()));
                int next = bindEachStored(statement, 3, key);
                statement.setInt(next++, limit);
                statement.setInt(next, limit);
                return caseRows(statement);
            }
        });
    }

    private static List<CaseRow> caseRows(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            List<CaseRow> cases = new ArrayList<>();
            while (rows.next()) {
                cases.add(new CaseRow(rows.getObject(1, UUID.class).toString(), rows.getString(2)));
            }
            return cases;
        }
    }

    /** Binds the {@link #MATCH_STORED} columns. */
    private static void bindStored(PreparedStatement statement, Key key, Connection connection) throws SQLException {
        statement.setObject(1, key.codebookId());
        statement.setInt(2, key.codebookVersion());
        statement.setString(3, key.dimension());
        statement.setArray(4, StoredKeys.of(connection, key.codebookId(), key.codebookVersion(), key.selection()));
        statement.setString(5, key.grouping());
        statement.setString(6, key.groupKey());
    }

    /**
     * Binds the {@link #MATCH_EACH_STORED} columns (or {@link #STORED_KEY_TEXT}'s) from parameter {@code first};
     * returns the next parameter's index.
     */
    private static int bindEachStored(PreparedStatement statement, int first, Key key) throws SQLException {
        statement.setObject(first, key.codebookId());
        statement.setInt(first + 1, key.codebookVersion());
        statement.setString(first + 2, key.dimension());
        statement.setString(first + 3, key.grouping());
        statement.setString(first + 4, key.groupKey());
        return first + 5;
    }
}
