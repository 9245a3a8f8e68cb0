package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.analysis.CaseConfiguration;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.persistence.TallyRepository.CaseYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The configuration tallies behind truth tables ({@code configuration_tally}) and the cases behind each
 * ({@code configuration_case}). Plain JDBC in the current transaction.
 */
@ApplicationScoped
public class ConfigurationTallyRepository {
    /** The grouping and group key of the tallies of every live case. */
    public static final String EVERY_CASE = "";

    /** One case-year's place in one tally. */
    public record Key(UUID codebookId, int codebookVersion, String selection, String grouping, String groupKey,
                      String configuration) {
    }

    /** Tallies in one order in every transaction, so that two transactions never wait on each other's rows. */
    private static final Comparator<Row> ROW_ORDER = Comparator.comparing((Row row) -> row.key().codebookId())
            .thenComparingInt(row -> row.key().codebookVersion()).thenComparing(row -> row.key().selection())
            .thenComparing(row -> row.key().grouping()).thenComparing(row -> row.key().groupKey())
            .thenComparingInt(Row::year).thenComparing(row -> row.key().configuration());

    private static final String COLUMNS = "codebook_id, codebook_version, selection, grouping, group_key, year, "
            + "configuration";

    private final EntityManager entityManager;
    private final CountsAtCommit counts;

    public ConfigurationTallyRepository(EntityManager entityManager, CountsAtCommit counts) {
        this.entityManager = entityManager;
        this.counts = counts;
    }

    /** Whether every coding is in the tallies (false for codings stored before they existed). */
    public boolean complete() {
        return (Boolean) entityManager.createNativeQuery("SELECT complete FROM configuration_tally_state WHERE id = 1")
                .getSingleResult();
    }

    /** The tallies each case-year is counted in (one counted in none is absent), in one query. */
    public Map<CaseYear, List<Key>> ofCaseYears(Collection<CaseYear> caseYears) {
        Map<CaseYear, List<Key>> keys = new HashMap<>();
        if (caseYears.isEmpty()) {
            return keys;
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT case_id, year, codebook_id, "
                    + "codebook_version, selection, grouping, group_key, configuration FROM configuration_case "
                    + "WHERE (case_id, year) IN (SELECT * FROM unnest(?::uuid[], ?::int[]))")) {
                statement.setArray(1, connection.createArrayOf("uuid",
                        caseYears.stream().map(CaseYear::caseId).toArray()));
                statement.setArray(2, connection.createArrayOf("int4",
                        caseYears.stream().map(CaseYear::year).toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        keys.computeIfAbsent(new CaseYear(rows.getObject(1, UUID.class), rows.getInt(2)),
                                caseYear -> new ArrayList<>()).add(new Key(rows.getObject(3, UUID.class),
                                rows.getInt(4), rows.getString(5), rows.getString(6), rows.getString(7),
                                rows.getString(8)));
                    }
                    return keys;
                }
            }
        });
    }

    /** A case-year moving out of some tallies and into others (none in both). */
    public record Move(CaseYear caseYear, Collection<Key> leaving, Collection<Key> joining) {
    }

    private record Row(Key key, int year) {
    }

    /**
     * Moves case-years out of some tallies and into others, as if one after the other, in a few statements: each
     * tally's cases changed by their sum over the moves, the cases behind them removed and added in one statement
     * each. Tallies left without cases disappear.
     */
    public void moveAll(List<Move> moves) {
        Map<Row, Integer> netted = new HashMap<>();
        moves.forEach(move -> {
            move.leaving().forEach(key -> netted.merge(new Row(key, move.caseYear().year()), -1, Integer::sum));
            move.joining().forEach(key -> netted.merge(new Row(key, move.caseYear().year()), 1, Integer::sum));
        });
        if (moves.stream().allMatch(move -> move.leaving().isEmpty() && move.joining().isEmpty())) {
            return;
        }
        List<Map.Entry<Row, Integer>> rows = netted.entrySet().stream().filter(row -> row.getValue() != 0)
                .sorted(Map.Entry.comparingByKey(ROW_ORDER)).toList();
        List<Placement> leaving = new ArrayList<>();
        List<Placement> joining = new ArrayList<>();
        moves.forEach(move -> {
            move.leaving().forEach(key -> leaving.add(new Placement(key, move.caseYear())));
            move.joining().forEach(key -> joining.add(new Placement(key, move.caseYear())));
        });
        ColumnArrays taken = tallyColumns();
        ColumnArrays added = tallyColumns();
        for (Map.Entry<Row, Integer> row : rows) {
            Key key = row.getKey().key();
            (row.getValue() < 0 ? taken : added).add(key.codebookId(), key.codebookVersion(), key.selection(),
                    key.grouping(), key.groupKey(), row.getKey().year(), key.configuration(), row.getValue());
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement removeCases = connection.prepareStatement("DELETE FROM configuration_case c "
                    + "USING " + PLACEMENTS + " WHERE c.codebook_id = p.codebook_id "
                    + "AND c.codebook_version = p.codebook_version AND c.selection = p.selection "
                    + "AND c.grouping = p.grouping AND c.group_key = p.group_key AND c.year = p.year "
                    + "AND c.configuration = p.configuration AND c.case_id = p.case_id");
                 PreparedStatement addCases = connection.prepareStatement("INSERT INTO configuration_case (" + COLUMNS
                         + ", case_id) SELECT * FROM " + PLACEMENTS)) {
                if (!leaving.isEmpty()) {
                    bindPlacements(removeCases, connection, leaving);
                    removeCases.executeUpdate();
                }
                if (!joining.isEmpty()) {
                    bindPlacements(addCases, connection, joining);
                    addCases.executeUpdate();
                }
            }
        });
        counts.add(connection -> {
            taken.execute(connection, "UPDATE configuration_tally t SET cases = t.cases + r.cases FROM "
                    + TALLY_ROWS + " WHERE " + MATCH_ROWS);
            taken.execute(connection, "DELETE FROM configuration_tally t USING " + TALLY_ROWS + " WHERE "
                    + MATCH_ROWS + " AND t.cases = 0");
            // in the order of the rows given (lock order)
            added.execute(connection, "INSERT INTO configuration_tally (" + COLUMNS + ", cases) SELECT * FROM "
                    + TALLY_ROWS + " ON CONFLICT (" + COLUMNS
                    + ") DO UPDATE SET cases = configuration_tally.cases + EXCLUDED.cases");
        });
    }

    /** Tally rows given as one array per column, then the cases each gains (negative: loses). */
    private static final String TALLY_ROWS = "unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[], "
            + "?::int[], ?::text[], ?::int[]) AS r(" + COLUMNS + ", cases)";
    private static final String MATCH_ROWS = "t.codebook_id = r.codebook_id AND t.codebook_version = "
            + "r.codebook_version AND t.selection = r.selection AND t.grouping = r.grouping "
            + "AND t.group_key = r.group_key AND t.year = r.year AND t.configuration = r.configuration";

    private static ColumnArrays tallyColumns() {
        return new ColumnArrays("uuid", "int4", "text", "text", "text", "int4", "text", "int4");
    }

    /** A case-year's place in one tally: one row of {@code configuration_case}. */
    private record Placement(Key key, CaseYear caseYear) {
    }

    /** Placements given as one array per column, so that any number of them takes one statement. */
    private static final String PLACEMENTS = "unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[], ?::int[], "
            + "?::text[], ?::uuid[]) AS p(codebook_id, codebook_version, selection, grouping, group_key, year, "
            + "configuration, case_id)";

    private static void bindPlacements(PreparedStatement statement, Connection connection, List<Placement> placements)
            throws SQLException {
        int size = placements.size();
        Object[][] columns = new Object[8][size];
        for (int i = 0; i < size; i++) {
            Key key = placements.get(i).key();
            columns[0][i] = key.codebookId();
            columns[1][i] = key.codebookVersion();
            columns[2][i] = key.selection();
            columns[3][i] = key.grouping();
            columns[4][i] = key.groupKey();
            columns[5][i] = placements.get(i).caseYear().year();
            columns[6][i] = key.configuration();
            columns[7][i] = placements.get(i).caseYear().caseId();
        }
        String[] types = {"uuid", "int4", "text", "text", "text", "int4", "text", "uuid"};
        for (int column = 0; column < columns.length; column++) {
            statement.setArray(column + 1, connection.createArrayOf(types[column], columns[column]));
        }
    }

    /**
     * The configurations of some groups' cases in a year, each with at most {@code listed} of its cases: a row per
     * group, configuration and key the selection is stored under ({@link Selections#storedKeys}), to be added up.
     */
    public List<CaseConfiguration.Tally> read(UUID codebookId, int version, String selection, String grouping,
                                              Collection<String> groupKeys, int year, int listed) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT t.configuration, t.cases,
                           ARRAY(SELECT c.case_id::text FROM configuration_case c
                                 WHERE c.codebook_id = t.codebook_id AND c.codebook_version = t.codebook_version
                                   AND c.selection = t.selection AND c.grouping = t.grouping
                                   AND c.group_key = t.group_key AND c.year = t.year
                                   AND c.configuration = t.configuration
                                 ORDER BY c.case_id LIMIT ?)
                    FROM configuration_tally t
                    WHERE t.codebook_id = ? AND t.codebook_version = ? AND t.selection = ANY (?) AND t.grouping = ?
                      AND t.group_key = ANY (?) AND t.year = ?""")) {
                statement.setInt(1, listed);
                statement.setObject(2, codebookId);
                statement.setInt(3, version);
                statement.setArray(4, StoredKeys.of(connection, codebookId, version, selection));
                statement.setString(5, grouping);
                statement.setArray(6, connection.createArrayOf("text", groupKeys.toArray()));
                statement.setInt(7, year);
                try (ResultSet rows = statement.executeQuery()) {
                    List<CaseConfiguration.Tally> tallies = new ArrayList<>();
                    while (rows.next()) {
                        tallies.add(new CaseConfiguration.Tally(rows.getString(1), rows.getInt(2),
                                Arrays.asList((String[]) rows.getArray(3).getArray())));
                    }
                    return tallies;
                }
            }
        });
    }
}
