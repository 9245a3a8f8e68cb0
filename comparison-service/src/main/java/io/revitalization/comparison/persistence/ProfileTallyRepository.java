package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How many cases of a tally (selection, group) have each weight profile in a year (see V70). Plain JDBC in the
 * current transaction, like {@link TallyRepository}.
 */
@ApplicationScoped
public class ProfileTallyRepository {
    private static final String PROFILE = """
            codebook_id = ? AND codebook_version = ? AND dimension = ? AND selection = ? AND grouping = ?
            AND group_key = ? AND year = ? AND codes = ? AND weights = ?""";
    private static final String ADD = """
            INSERT INTO tally_profile (codebook_id, codebook_version, dimension, selection, grouping, group_key, year,
                                       codes, weights, cases)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes, weights)
            DO UPDATE SET cases = tally_profile.cases + EXCLUDED.cases""";
    private static final String TAKE = "UPDATE tally_profile SET cases = cases + ? WHERE " + PROFILE;
    private static final String DROP_EMPTY = "DELETE FROM tally_profile WHERE " + PROFILE + " AND cases = 0";

    private final EntityManager entityManager;
    private final CountsAtCommit counts;

    public ProfileTallyRepository(EntityManager entityManager, CountsAtCommit counts) {
        this.entityManager = entityManager;
        this.counts = counts;
    }

    /**
     * A change of the cases with one profile in a unit's year.
     *
     * @param weightByCode the profile: each code's weight, codes sorted
     * @param cases        +1 when a case takes the profile, -1 when it leaves it
     */
    public record Change(String selection, GroupRef group, Map<String, BigDecimal> weightByCode, int cases) {
    }

    /** A profile as read: its codes' weights and its number of cases in a group-year. */
    public record Row(String groupKey, int year, List<String> codes, List<BigDecimal> weights, int cases) {
    }

    /** Applies a unit's changes; profiles left without cases disappear. */
    public void apply(UnitRef unit, List<Change> changes) {
        applyAll(List.of(new UnitChanges(unit, changes)));
    }

    /** The changes of one unit. */
    public record UnitChanges(UnitRef unit, List<Change> changes) {
    }

    /** One profile row of a year; {@code unit} names its codebook version, dimension and year (no case). */
    private record ProfileRow(UnitRef unit, String selection, GroupRef group, Map<String, BigDecimal> weightByCode) {
    }

    /** Rows in one order in every transaction, so that two transactions never wait on each other's rows. */
    private static final Comparator<ProfileRow> ROW_ORDER = Comparator.comparing((ProfileRow row) -> row.unit().codebookId())
            .thenComparingInt(row -> row.unit().codebookVersion())
            .thenComparing(row -> row.unit().dimension())
            .thenComparing(ProfileRow::selection)
            .thenComparing(row -> row.group().grouping().key())
            .thenComparing(row -> row.group().key())
            .thenComparingInt(row -> row.unit().year())
            .thenComparing(row -> row.weightByCode().toString());

    /**
     * Applies the changes of several units as if one after the other, in a few statements: each profile row's
     * cases changed by their sum over the units. Profiles left without cases disappear.
     */
    public void applyAll(List<UnitChanges> units) {
        Map<ProfileRow, Integer> netted = new HashMap<>();
        for (UnitChanges unitChanges : units) {
            UnitRef unit = unitChanges.unit();
            UnitRef row = new UnitRef(unit.codebookId(), unit.codebookVersion(), unit.dimension(), null, unit.year());
            unitChanges.changes().forEach(change -> netted.merge(
                    new ProfileRow(row, change.selection(), change.group(), change.weightByCode()), change.cases(),
                    Integer::sum));
        }
        List<Map.Entry<ProfileRow, Integer>> rows = netted.entrySet().stream().filter(entry -> entry.getValue() != 0)
                .sorted(Map.Entry.comparingByKey(ROW_ORDER)).toList();
        if (rows.isEmpty()) {
            return;
        }
        counts.add(connection -> {
            try (PreparedStatement add = connection.prepareStatement(ADD);
                 PreparedStatement take = connection.prepareStatement(TAKE);
                 PreparedStatement dropEmpty = connection.prepareStatement(DROP_EMPTY)) {
                for (Map.Entry<ProfileRow, Integer> entry : rows) {
                    ProfileRow row = entry.getKey();
                    if (entry.getValue() < 0) {
                        take.setInt(1, entry.getValue());
                        bindProfile(take, 2, connection, row);
                        take.addBatch();
                        bindProfile(dropEmpty, 1, connection, row);
                        dropEmpty.addBatch();
                    } else {
                        int next = bindProfile(add, 1, connection, row);
                        add.setInt(next, entry.getValue());
                        add.addBatch();
                    }
                }
                add.executeBatch();
                for (int count : take.executeBatch()) {
                    if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                        throw new IllegalStateException("a case profile to take a case back from is missing");
                    }
                }
                dropEmpty.executeBatch();
            }
        });
    }

    /** The profiles of some groups of one tally over a range of years. */
    public List<Row> read(UUID codebookId, int version, String dimension, String selection, String grouping,
                          Collection<String> groupKeys, int fromYear, int toYear) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT group_key, year, codes, weights, cases FROM tally_profile
                    WHERE codebook_id = ? AND codebook_version = ? AND dimension = ? AND selection = ?
                      AND grouping = ? AND group_key = ANY (?) AND year BETWEEN ? AND ?""")) {
                statement.setObject(1, codebookId);
                statement.setInt(2, version);
                statement.setString(3, dimension);
                statement.setString(4, selection);
                statement.setString(5, grouping);
                statement.setArray(6, connection.createArrayOf("text", groupKeys.toArray()));
                statement.setInt(7, fromYear);
                statement.setInt(8, toYear);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Row> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(new Row(rows.getString(1), rows.getInt(2), listOf(rows.getArray(3)),
                                listOf(rows.getArray(4)), rows.getInt(5)));
                    }
                    return result;
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> listOf(Array array) throws SQLException {
        return Arrays.asList((T[]) array.getArray());
    }

    /** Binds the {@link #PROFILE} columns from parameter {@code first}; returns the next parameter's index. */
    private static int bindProfile(PreparedStatement statement, int first, Connection connection, ProfileRow row)
            throws SQLException {
        statement.setObject(first, row.unit().codebookId());
        statement.setInt(first + 1, row.unit().codebookVersion());
        statement.setString(first + 2, row.unit().dimension());
        statement.setString(first + 3, row.selection());
        statement.setString(first + 4, row.group().grouping().key());
        statement.setString(first + 5, row.group().key());
        statement.setInt(first + 6, row.unit().year());
        statement.setArray(first + 7, connection.createArrayOf("text", row.weightByCode().keySet().toArray()));
        statement.setArray(first + 8, connection.createArrayOf("numeric", row.weightByCode().values().toArray()));
        return first + 9;
    }
}
