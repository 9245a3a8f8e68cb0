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

    public ProfileTallyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
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

    /** Applies a unit's changes in the order given; profiles left without cases disappear. */
    public void apply(UnitRef unit, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement add = connection.prepareStatement(ADD);
                 PreparedStatement take = connection.prepareStatement(TAKE);
                 PreparedStatement dropEmpty = connection.prepareStatement(DROP_EMPTY)) {
                for (Change change : changes) {
                    if (change.cases() < 0) {
                        take.setInt(1, change.cases());
                        bindProfile(take, 2, connection, unit, change);
                        take.addBatch();
                        bindProfile(dropEmpty, 1, connection, unit, change);
                        dropEmpty.addBatch();
                    } else {
                        int next = bindProfile(add, 1, connection, unit, change);
                        add.setInt(next, change.cases());
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
    private static int bindProfile(PreparedStatement statement, int first, Connection connection, UnitRef unit,
                                   Change change) throws SQLException {
        statement.setObject(first, unit.codebookId());
        statement.setInt(first + 1, unit.codebookVersion());
        statement.setString(first + 2, unit.dimension());
        statement.setString(first + 3, change.selection());
        statement.setString(first + 4, change.group().grouping().key());
        statement.setString(first + 5, change.group().key());
        statement.setInt(first + 6, unit.year());
        statement.setArray(first + 7, connection.createArrayOf("text", change.weightByCode().keySet().toArray()));
        statement.setArray(first + 8, connection.createArrayOf("numeric", change.weightByCode().values().toArray()));
        return first + 9;
    }
}
