package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.CaseTextScope;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.domain.analysis.Selections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The per (codebook version, dimension, selection, group, year, code) tallies behind distributions and distances,
 * and the cases behind each ({@code tally_case}). Code {@link #WHOLE} stands for the group-year itself. Plain JDBC
 * in the current transaction: a coding touches a few dozen tallies, sent as batches; the tallies' counts are written
 * as it commits ({@link CountsAtCommit}), the cases behind them at once. A read under a selection adds up the rows of
 * every key it is stored under ({@link Selections#storedKeys}): a unit with one coding is stored once, under its
 * coder's {@link Selections#soleKey}, for the selections that resolve it alike.
 */
@ApplicationScoped
public class TallyRepository {
    /** The code of a group-year's own tally: the cases behind the whole distribution. */
    public static final String WHOLE = "";

    /**
     * A tally's rows under every key its selection is stored under ({@link Selections#storedKeys}), as an array. Its
     * parameters come in {@link #bindTally}'s order.
     */
    private static final String TALLY = """
            selection = ANY (?) AND codebook_id = ? AND codebook_version = ? AND dimension = ? AND grouping = ?
            AND group_key = ?""";
    /**
     * A tally's rows under one of those keys, {@code stored.selection}, named by the query around them: after the
     * keys' array of {@code unnest(?::text[]) AS stored(selection)}, its parameters too come in {@link #bindTally}'s
     * order.
     */
    private static final String TALLY_STORED = """
            codebook_id = ? AND codebook_version = ? AND dimension = ? AND grouping = ? AND group_key = ?
            AND selection = stored.selection""";
    /** The tally columns as arrays, then weight and cases. */
    private static final String TALLY_ROWS = """
            unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[],
                   ?::numeric[], ?::int[]) AS r(codebook_id, codebook_version, dimension, selection, grouping,
                                                 group_key, year, code, weight, cases)""";
    private static final String MATCH_ROWS = """
            t.codebook_id = r.codebook_id AND t.codebook_version = r.codebook_version AND t.dimension = r.dimension
            AND t.selection = r.selection AND t.grouping = r.grouping AND t.group_key = r.group_key
            AND t.year = r.year AND t.code = r.code""";
    /** Gains, in the order of the rows given (lock order). */
    private static final String ADD = """
            INSERT INTO tally (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code,
                               weight, cases)
            SELECT * FROM %s
            ON CONFLICT (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code)
            DO UPDATE SET weight = tally.weight + EXCLUDED.weight, cases = tally.cases + EXCLUDED.cases"""
            .formatted(TALLY_ROWS);
    /** For losses: the row exists, and an upsert's insert values would break the cases >= 0 check even unused. */
    private static final String TAKE = "UPDATE tally t SET weight = t.weight + r.weight, cases = t.cases + r.cases FROM "
            + TALLY_ROWS + " WHERE " + MATCH_ROWS;
    private static final String DROP_EMPTY = "DELETE FROM tally t USING " + TALLY_ROWS + " WHERE " + MATCH_ROWS
            + " AND t.cases = 0";
    private static final String ADD_CASES = """
            INSERT INTO tally_case (codebook_id, codebook_version, dimension, selection, grouping, group_key, code,
                                    case_id, year)
            SELECT * FROM unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                 ?::uuid[], ?::int[])""";
    private static final String REMOVE_CASES = """
            DELETE FROM tally_case c
            USING unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[],
                         ?::int[]) AS r(codebook_id, codebook_version, dimension, selection, grouping, group_key, code,
                                        case_id, year)
            WHERE c.codebook_id = r.codebook_id AND c.codebook_version = r.codebook_version
              AND c.dimension = r.dimension AND c.selection = r.selection AND c.grouping = r.grouping
              AND c.group_key = r.group_key AND c.code = r.code AND c.case_id = r.case_id AND c.year = r.year""";

    private final EntityManager entityManager;
    private final CountsAtCommit counts;

    public TallyRepository(EntityManager entityManager, CountsAtCommit counts) {
        this.entityManager = entityManager;
        this.counts = counts;
    }

    /**
     * What a unit's change does to one tally of its own case-year.
     *
     * @param weight the weight the tally gains (negative: loses)
     * @param cases  +1 when the unit's case joins the tally, -1 when it leaves, 0 when only its weight changes
     */
    public record Change(String selection, GroupRef group, String code, BigDecimal weight, int cases) {
    }

    /** A tally as read: the code's weight, its number of cases and the first of those cases (ids, sorted). */
    public record Row(String groupKey, int year, String code, BigDecimal weight, int cases, List<String> firstCaseIds) {
    }

    /** Applies a unit's changes; tallies left without cases disappear. */
    public void apply(UnitRef unit, List<Change> changes) {
        applyAll(List.of(new UnitChanges(unit, changes)));
    }

    /** The changes of one unit. */
    public record UnitChanges(UnitRef unit, List<Change> changes) {
    }

    /**
     * Applies the changes of several units (each unit once) as if one after the other, in a few statements: the
     * tallies' gains and losses netted over the units ({@link TallyRowChanges}), the cases behind them unit by unit
     * (no two units share one). Tallies left without cases disappear.
     */
    public void applyAll(List<UnitChanges> units) {
        List<TallyRowChanges.RowChange> rows = TallyRowChanges.netted(units);
        if (rows.isEmpty() && units.stream().allMatch(unit -> unit.changes().isEmpty())) {
            return;
        }
        ColumnArrays gains = tallyColumns();
        ColumnArrays losses = tallyColumns();
        for (TallyRowChanges.RowChange row : rows) {
            (row.onlyGains() ? gains : losses).add(row.unit().codebookId(), row.unit().codebookVersion(),
                    row.unit().dimension(), row.change().selection(), row.change().group().grouping().key(),
                    row.change().group().key(), row.unit().year(), row.change().code(), row.change().weight(),
                    row.change().cases());
        }
        List<Object[]> joining = new ArrayList<>();
        List<Object[]> leaving = new ArrayList<>();
        for (UnitChanges unit : units) {
            for (Change change : unit.changes()) {
                if (change.cases() < 0) {
                    leaving.add(new Object[] {unit.unit(), change});
                } else if (change.cases() > 0) {
                    joining.add(new Object[] {unit.unit(), change});
                }
            }
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            addCases(connection, joining);
            removeCases(connection, leaving);
        });
        counts.add(connection -> ColumnArrays.applyNetted(connection, gains, losses, ADD, TAKE, DROP_EMPTY,
                "a tally to take a contribution back from is missing"));
    }

    /** Columns of {@link #TALLY_ROWS}. */
    private static ColumnArrays tallyColumns() {
        return new ColumnArrays("uuid", "int4", "text", "text", "text", "text", "int4", "text", "numeric", "int4");
    }

    /** The cases joining tallies, in one statement whatever their number. */
    private static void addCases(Connection connection, List<Object[]> joining) throws SQLException {
        if (joining.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(ADD_CASES)) {
            bindCases(insert, connection, joining);
            insert.executeUpdate();
        }
    }

    /** The cases leaving tallies, in one statement whatever their number; each must be there. */
    private static void removeCases(Connection connection, List<Object[]> leaving) throws SQLException {
        if (leaving.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(REMOVE_CASES)) {
            bindCases(delete, connection, leaving);
            if (delete.executeUpdate() != leaving.size()) {
                throw new IllegalStateException("a case of a tally to take a contribution back from is missing");
            }
        }
    }

    /** Binds (unit, change) pairs as one array per {@code tally_case} column, in {@link #ADD_CASES}' order. */
    private static void bindCases(PreparedStatement statement, Connection connection, List<Object[]> cases)
            throws SQLException {
        int size = cases.size();
        Object[][] columns = new Object[9][size];
        for (int i = 0; i < size; i++) {
            UnitRef unit = (UnitRef) cases.get(i)[0];
            Change change = (Change) cases.get(i)[1];
            columns[0][i] = unit.codebookId();
            columns[1][i] = unit.codebookVersion();
            columns[2][i] = unit.dimension();
            columns[3][i] = change.selection();
            columns[4][i] = change.group().grouping().key();
            columns[5][i] = change.group().key();
            columns[6][i] = change.code();
            columns[7][i] = unit.caseId();
            columns[8][i] = unit.year();
        }
        String[] types = {"uuid", "int4", "text", "text", "text", "text", "text", "uuid", "int4"};
        for (int column = 0; column < columns.length; column++) {
            statement.setArray(column + 1, connection.createArrayOf(types[column], columns[column]));
        }
    }

    /** The tallies of some groups over a year range, each with at most {@code listed} of its cases. */
    public List<Row> read(UUID codebookId, int version, String dimension, String selection, String grouping,
                          Collection<String> groupKeys, int fromYear, int toYear, int listed) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT t.group_key, t.year, t.code, sum(t.weight), sum(t.cases)::int,
                           ARRAY(SELECT firsts.case_id::text
                                 FROM unnest(?::text[]) AS stored(selection) CROSS JOIN LATERAL (
                                     SELECT c.case_id FROM tally_case c
                                     WHERE c.codebook_id = ? AND c.codebook_version = ? AND c.dimension = ?
                                       AND c.selection = stored.selection AND c.grouping = ?
                                       AND c.group_key = t.group_key AND c.code = t.code AND c.year = t.year
                                     ORDER BY c.case_id LIMIT ?) AS firsts
                                 ORDER BY firsts.case_id LIMIT ?)
                    FROM tally t
                    WHERE t.codebook_id = ? AND t.codebook_version = ? AND t.dimension = ? AND t.selection = ANY (?)
                      AND t.grouping = ? AND t.group_key = ANY (?) AND t.year BETWEEN ? AND ?
                    GROUP BY t.group_key, t.year, t.code
                    ORDER BY t.group_key, t.year, t.code""")) {
                Array keys = StoredKeys.of(connection, codebookId, version, selection);
                int next = 1;
                statement.setArray(next++, keys);
                statement.setObject(next++, codebookId);
                statement.setInt(next++, version);
                statement.setString(next++, dimension);
                statement.setString(next++, grouping);
                statement.setInt(next++, listed);
                statement.setInt(next++, listed);
                statement.setObject(next++, codebookId);
                statement.setInt(next++, version);
                statement.setString(next++, dimension);
                statement.setArray(next++, keys);
                statement.setString(next++, grouping);
                statement.setArray(next++, connection.createArrayOf("text", groupKeys.toArray()));
                statement.setInt(next++, fromYear);
                statement.setInt(next, toYear);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Row> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(new Row(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getBigDecimal(4),
                                rows.getInt(5), Arrays.asList((String[]) rows.getArray(6).getArray())));
                    }
                    return result;
                }
            }
        });
    }

    /** How many distinct cases a tally has over a range of years, and the first of them (ids, sorted). */
    public record CasesOver(int n, List<String> firstCaseIds) {
    }

    /** The distinct cases of one code (or {@link #WHOLE}) of a group in any year of a range. */
    public CasesOver casesOver(UUID codebookId, int version, String dimension, String selection, GroupRef group,
                               String code, int fromYear, int toYear, int listed) {
        Figure figure = new Figure(codebookId, version, dimension, selection, group, code, fromYear, toYear);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT (SELECT count(DISTINCT case_id) "
                    + "FROM tally_case WHERE " + TALLY + " AND code = ? AND year BETWEEN ? AND ?), ARRAY("
                    + "SELECT listed.case_id::text FROM (" + FIRST_CASES.formatted("", "") + ") AS listed)")) {
                int next = bindTally(statement, 1, connection, figure);
                statement.setString(next++, code);
                statement.setInt(next++, fromYear);
                statement.setInt(next++, toYear);
                bindFirstCases(statement, next, connection, figure, Optional.empty(), listed);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new CasesOver(rows.getInt(1), Arrays.asList((String[]) rows.getArray(2).getArray()));
                }
            }
        });
    }

    /**
     * The first {@code listed} distinct cases (in id order) of one code (or {@link #WHOLE}) of a group in any year of a
     * range: read along the tally's case order under each key it is stored under, stopping once enough are found.
     */
    public List<String> firstCasesOver(UUID codebookId, int version, String dimension, String selection,
                                       GroupRef group, String code, int fromYear, int toYear, int listed) {
        Figure figure = new Figure(codebookId, version, dimension, selection, group, code, fromYear, toYear);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIRST_CASES.formatted("", ""))) {
                bindFirstCases(statement, 1, connection, figure, Optional.empty(), listed);
                try (ResultSet rows = statement.executeQuery()) {
                    List<String> cases = new ArrayList<>();
                    while (rows.next()) {
                        cases.add(rows.getString(1));
                    }
                    return cases;
                }
            }
        });
    }

    /**
     * Each code's weight over a range of years when every case weighs 1 (its case-years sharing it evenly, a
     * case-year's weight split evenly over its codes), and under {@link #WHOLE} the number of cases. Exact for a
     * selection that resolves a unit to one code set (majority, one coder), whose tally cases are a unit's codes.
     */
    public Map<String, BigDecimal> caseWeightedOver(UUID codebookId, int version, String dimension, String selection,
                                                    GroupRef group, int fromYear, int toYear) {
        Figure figure = new Figure(codebookId, version, dimension, selection, group, WHOLE, fromYear, toYear);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    WITH r AS (SELECT case_id, year, code FROM tally_case WHERE %s AND year BETWEEN ? AND ?),
                         cy AS (SELECT case_id, year, count(*) FILTER (WHERE code <> '') AS codes FROM r
                                GROUP BY case_id, year),
                         c AS (SELECT case_id, count(*) AS years FROM cy GROUP BY case_id)
                    SELECT r.code, sum(1.0 / (cy.codes * c.years)) FROM r
                    JOIN cy ON cy.case_id = r.case_id AND cy.year = r.year JOIN c ON c.case_id = r.case_id
                    WHERE r.code <> '' GROUP BY r.code
                    UNION ALL SELECT '', count(*) FROM c""".formatted(TALLY))) {
                int next = bindTally(statement, 1, connection, figure);
                statement.setInt(next++, fromYear);
                statement.setInt(next, toYear);
                try (ResultSet rows = statement.executeQuery()) {
                    Map<String, BigDecimal> weights = new LinkedHashMap<>();
                    while (rows.next()) {
                        weights.put(rows.getString(1), rows.getBigDecimal(2));
                    }
                    return weights;
                }
            }
        });
    }

    /** A case in a year. */
    public record CaseYear(UUID caseId, int year) {
    }

    /**
     * The first case-years (by case, then year) of a group that one selection's tallies count and another's do not
     * (with {@code all} as the first: the units the other could not resolve).
     */
    public List<CaseYear> firstMissing(UUID codebookId, int version, String dimension, String presentIn,
                                       String missingFrom, GroupRef group, int fromYear, int toYear, int limit) {
        Figure figure = new Figure(codebookId, version, dimension, presentIn, group, WHOLE, fromYear, toYear);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT missing.case_id, missing.year
                    FROM unnest(?::text[]) AS stored(selection) CROSS JOIN LATERAL (
                        SELECT a.case_id, a.year FROM tally_case a
                        WHERE %s AND a.code = '' AND a.year BETWEEN ? AND ?
                          AND NOT EXISTS (SELECT 1 FROM tally_case s
                                          WHERE s.codebook_id = a.codebook_id AND s.codebook_version = a.codebook_version
                                            AND s.dimension = a.dimension AND s.selection = ANY (?)
                                            AND s.grouping = a.grouping AND s.group_key = a.group_key AND s.code = ''
                                            AND s.case_id = a.case_id AND s.year = a.year)
                        ORDER BY a.case_id, a.year LIMIT ?) AS missing
                    ORDER BY missing.case_id, missing.year LIMIT ?""".formatted(TALLY_STORED))) {
                int next = bindTally(statement, 1, connection, figure);
                statement.setInt(next++, fromYear);
                statement.setInt(next++, toYear);
                statement.setArray(next++, StoredKeys.of(connection, codebookId, version, missingFrom));
                statement.setInt(next++, limit);
                statement.setInt(next, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    List<CaseYear> leftOut = new ArrayList<>();
                    while (rows.next()) {
                        leftOut.add(new CaseYear(rows.getObject(1, UUID.class), rows.getInt(2)));
                    }
                    return leftOut;
                }
            }
        });
    }

    /** A case behind a figure, with its slug when it has one. */
    public record CaseBehind(UUID id, String slug) {
    }

    /**
     * The cases behind one code (or {@link #WHOLE}) of a group in any year of a range, in id order, after
     * {@code after} when given, without the sensitive cases the reader may not read (a list leaves them out).
     */
    public List<CaseBehind> casesBehind(UUID codebookId, int version, String dimension, String selection,
                                       GroupRef group, String code, int fromYear, int toYear, Optional<UUID> after,
                                       CaseTextScope reader, int limit) {
        Figure figure = new Figure(codebookId, version, dimension, selection, group, code, fromYear, toYear);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT behind.case_id, p.slug
                    FROM (%s) AS behind
                    JOIN case_projection p ON p.id = behind.case_id
                    ORDER BY behind.case_id""".formatted(FIRST_CASES.formatted(
                    after.isPresent() ? "AND case_id > ?" : "", WithheldCases.listedOnly(reader, "case_id"))))) {
                bindFirstCases(statement, 1, connection, figure, after, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    List<CaseBehind> cases = new ArrayList<>();
                    while (rows.next()) {
                        cases.add(new CaseBehind(rows.getObject(1, UUID.class), rows.getString(2)));
                    }
                    return cases;
                }
            }
        });
    }

    /** One code (or {@link #WHOLE}) of a tally over a range of years. */
    private record Figure(UUID codebookId, int version, String dimension, String selection, GroupRef group,
                          String code, int fromYear, int toYear) {
    }

    /**
     * The first distinct cases of a {@link Figure} in id order, after the filters given: the first of each key the
     * selection is stored under, read along that key's case order, then merged (a case may be stored under one key
     * in one year and another in the next). Parameters as {@link #bindFirstCases} binds them.
     */
    private static final String FIRST_CASES = """
            SELECT DISTINCT firsts.case_id
            FROM unnest(?::text[]) AS stored(selection) CROSS JOIN LATERAL (
                SELECT DISTINCT case_id FROM tally_case
                WHERE %s AND code = ? AND year BETWEEN ? AND ? %%s %%s
                ORDER BY case_id LIMIT ?) AS firsts
            ORDER BY firsts.case_id LIMIT ?""".formatted(TALLY_STORED);

    private static int bindFirstCases(PreparedStatement statement, int first, Connection connection, Figure figure,
                                      Optional<UUID> after, int limit) throws SQLException {
        int next = bindTally(statement, first, connection, figure);
        statement.setString(next++, figure.code());
        statement.setInt(next++, figure.fromYear());
        statement.setInt(next++, figure.toYear());
        if (after.isPresent()) {
            statement.setObject(next++, after.get());
        }
        statement.setInt(next++, limit);
        statement.setInt(next++, limit);
        return next;
    }

    /**
     * Binds the keys a figure's selection is stored under, as an array, then its tally's columns, from parameter
     * {@code first} ({@link #TALLY}, or {@link #TALLY_STORED} after its {@code unnest}); returns the next parameter's
     * index.
     */
    private static int bindTally(PreparedStatement statement, int first, Connection connection, Figure figure)
            throws SQLException {
        statement.setArray(first, StoredKeys.of(connection, figure.codebookId(), figure.version(), figure.selection()));
        statement.setObject(first + 1, figure.codebookId());
        statement.setInt(first + 2, figure.version());
        statement.setString(first + 3, figure.dimension());
        statement.setString(first + 4, figure.group().grouping().key());
        statement.setString(first + 5, figure.group().key());
        return first + 6;
    }
}
