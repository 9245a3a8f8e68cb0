package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.analysis.CoincidenceCount;
import io.revitalization.comparison.domain.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The counts behind reliability, per (codebook version, dimension, year): coincidences of code sets and what pairs
 * of coders share (see V53). Plain JDBC in the current transaction, like {@link TallyRepository}.
 */
@ApplicationScoped
public class ReliabilityTallyRepository {
    private static final String YEAR = "codebook_id = ? AND codebook_version = ? AND dimension = ? AND year = ?";
    private static final String ADD_COINCIDENCE = """
            INSERT INTO reliability_coincidence (codebook_id, codebook_version, dimension, year, pairable, first_codes,
                                                 second_codes, pairs)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (codebook_id, codebook_version, dimension, year, pairable, first_codes, second_codes)
            DO UPDATE SET pairs = reliability_coincidence.pairs + EXCLUDED.pairs""";
    private static final String COINCIDENCE = YEAR + " AND pairable = ? AND first_codes = ? AND second_codes = ?";
    private static final String TAKE_COINCIDENCE = "UPDATE reliability_coincidence SET pairs = pairs + ? WHERE "
            + COINCIDENCE;
    private static final String DROP_COINCIDENCE = "DELETE FROM reliability_coincidence WHERE " + COINCIDENCE
            + " AND pairs = 0";
    private static final String ADD_PAIR = """
            INSERT INTO reliability_coder_pair (codebook_id, codebook_version, dimension, year, first_coder,
                                                second_coder, units, agreements)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (codebook_id, codebook_version, dimension, year, first_coder, second_coder)
            DO UPDATE SET units = reliability_coder_pair.units + EXCLUDED.units,
                          agreements = reliability_coder_pair.agreements + EXCLUDED.agreements""";
    private static final String PAIR = YEAR + " AND first_coder = ? AND second_coder = ?";
    private static final String TAKE_PAIR = "UPDATE reliability_coder_pair SET units = units + ?, "
            + "agreements = agreements + ? WHERE " + PAIR;
    private static final String DROP_PAIR = "DELETE FROM reliability_coder_pair WHERE " + PAIR + " AND units = 0";

    private final EntityManager entityManager;
    private final CountsAtCommit counts;

    public ReliabilityTallyRepository(EntityManager entityManager, CountsAtCommit counts) {
        this.entityManager = entityManager;
        this.counts = counts;
    }

    /** A change of the ordered pairs of code sets counted in a unit's year (negative: taken back). */
    public record CoincidenceChange(int pairable, List<String> first, List<String> second, int pairs) {
    }

    /** A change of what an ordered pair of coders shares in a unit's year (negative: taken back). */
    public record CoderPairChange(String first, String second, int units, int agreements) {
    }

    /** A coincidence count of one dimension, summed over years. */
    public record Coincidence(String dimension, CoincidenceCount count) {
    }

    /** What two coders (the same coder twice: its codings) share on one dimension, summed over years. */
    public record CoderPair(String dimension, String first, String second, int units, int agreements) {
    }

    /** Applies a unit's changes; counts left at zero disappear. */
    public void apply(UnitRef unit, List<CoincidenceChange> coincidences, List<CoderPairChange> coderPairs) {
        applyAll(List.of(new UnitChanges(unit, coincidences, coderPairs)));
    }

    /** The netted changes of one unit. */
    public record UnitChanges(UnitRef unit, List<CoincidenceChange> coincidences, List<CoderPairChange> coderPairs) {
    }

    /**
     * Applies the changes of several units as if one after the other: each count changed once by the units' sum
     * ({@link ReliabilityRowChanges}), in one batch per statement. A count a sum takes from exists (a unit had
     * contributed to it); a count left at zero disappears.
     */
    public void applyAll(List<UnitChanges> units) {
        List<ReliabilityRowChanges.Row<CoincidenceChange>> coincidences = ReliabilityRowChanges.coincidences(units);
        List<ReliabilityRowChanges.Row<CoderPairChange>> coderPairs = ReliabilityRowChanges.coderPairs(units);
        if (coincidences.isEmpty() && coderPairs.isEmpty()) {
            return;
        }
        counts.add(connection -> {
            try (PreparedStatement add = connection.prepareStatement(ADD_COINCIDENCE);
                 PreparedStatement take = connection.prepareStatement(TAKE_COINCIDENCE);
                 PreparedStatement drop = connection.prepareStatement(DROP_COINCIDENCE)) {
                for (ReliabilityRowChanges.Row<CoincidenceChange> row : coincidences) {
                    CoincidenceChange change = row.change();
                    if (change.pairs() > 0) {
                        bindCoincidence(add, connection, row.year(), change);
                        add.setInt(8, change.pairs());
                        add.addBatch();
                    } else {
                        take.setInt(1, change.pairs());
                        bindCoincidence(take, connection, row.year(), change, 2);
                        take.addBatch();
                        bindCoincidence(drop, connection, row.year(), change);
                        drop.addBatch();
                    }
                }
                add.executeBatch();
                requireEachFound(take.executeBatch());
                drop.executeBatch();
            }
            try (PreparedStatement add = connection.prepareStatement(ADD_PAIR);
                 PreparedStatement take = connection.prepareStatement(TAKE_PAIR);
                 PreparedStatement drop = connection.prepareStatement(DROP_PAIR)) {
                for (ReliabilityRowChanges.Row<CoderPairChange> row : coderPairs) {
                    CoderPairChange change = row.change();
                    if (ReliabilityRowChanges.couldStandAlone(change)) {
                        int next = bindPair(add, 1, row.year(), change);
                        add.setInt(next++, change.units());
                        add.setInt(next, change.agreements());
                        add.addBatch();
                    } else {
                        take.setInt(1, change.units());
                        take.setInt(2, change.agreements());
                        bindPair(take, 3, row.year(), change);
                        take.addBatch();
                        bindPair(drop, 1, row.year(), change);
                        drop.addBatch();
                    }
                }
                add.executeBatch();
                requireEachFound(take.executeBatch());
                drop.executeBatch();
            }
        });
    }

    /** The coincidence counts of a codebook version (one dimension, or all when null) over a range of years. */
    public List<Coincidence> coincidences(UUID codebookId, int version, String dimension, int fromYear, int toYear) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT dimension, pairable, first_codes, second_codes, sum(pairs)
                    FROM reliability_coincidence
                    WHERE codebook_id = ? AND codebook_version = ? AND (CAST(? AS text) IS NULL OR dimension = ?)
                      AND year BETWEEN ? AND ?
                    GROUP BY dimension, pairable, first_codes, second_codes""")) {
                bindRange(statement, codebookId, version, dimension, fromYear, toYear);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Coincidence> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(new Coincidence(rows.getString(1), new CoincidenceCount(rows.getInt(2),
                                codesOf(rows, 3), codesOf(rows, 4), rows.getLong(5))));
                    }
                    return result;
                }
            }
        });
    }

    /** What pairs of coders share in a codebook version (one dimension, or all when null) over a range of years. */
    public List<CoderPair> coderPairs(UUID codebookId, int version, String dimension, int fromYear, int toYear) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT dimension, first_coder, second_coder, sum(units), sum(agreements)
                    FROM reliability_coder_pair
                    WHERE codebook_id = ? AND codebook_version = ? AND (CAST(? AS text) IS NULL OR dimension = ?)
                      AND year BETWEEN ? AND ?
                    GROUP BY dimension, first_coder, second_coder""")) {
                bindRange(statement, codebookId, version, dimension, fromYear, toYear);
                try (ResultSet rows = statement.executeQuery()) {
                    List<CoderPair> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(new CoderPair(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getInt(4), rows.getInt(5)));
                    }
                    return result;
                }
            }
        });
    }

    private static void bindRange(PreparedStatement statement, UUID codebookId, int version, String dimension,
                                  int fromYear, int toYear) throws SQLException {
        statement.setObject(1, codebookId);
        statement.setInt(2, version);
        statement.setString(3, dimension);
        statement.setString(4, dimension);
        statement.setInt(5, fromYear);
        statement.setInt(6, toYear);
    }

    private static List<String> codesOf(ResultSet rows, int column) throws SQLException {
        return Arrays.asList((String[]) rows.getArray(column).getArray());
    }

    /** A take-back applied to nothing means the counts no longer match the codings: the change must not commit. */
    private static void requireEachFound(int[] updated) {
        for (int count : updated) {
            if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("a reliability count to take a contribution back from is missing");
            }
        }
    }

    private static int bindYear(PreparedStatement statement, int first, UnitRef unit) throws SQLException {
        statement.setObject(first, unit.codebookId());
        statement.setInt(first + 1, unit.codebookVersion());
        statement.setString(first + 2, unit.dimension());
        statement.setInt(first + 3, unit.year());
        return first + 4;
    }

    private static void bindCoincidence(PreparedStatement statement, Connection connection, UnitRef unit,
                                        CoincidenceChange change) throws SQLException {
        bindCoincidence(statement, connection, unit, change, 1);
    }

    private static void bindCoincidence(PreparedStatement statement, Connection connection, UnitRef unit,
                                        CoincidenceChange change, int first) throws SQLException {
        int next = bindYear(statement, first, unit);
        statement.setInt(next++, change.pairable());
        statement.setArray(next++, connection.createArrayOf("text", change.first().toArray()));
        statement.setArray(next, connection.createArrayOf("text", change.second().toArray()));
    }

    private static int bindPair(PreparedStatement statement, int first, UnitRef unit, CoderPairChange change)
            throws SQLException {
        int next = bindYear(statement, first, unit);
        statement.setString(next++, change.first());
        statement.setString(next++, change.second());
        return next;
    }
}
