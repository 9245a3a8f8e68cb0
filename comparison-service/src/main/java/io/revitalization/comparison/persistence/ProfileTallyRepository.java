package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.domain.analysis.Selections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Array;
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
 * How many cases of a tally (selection, group) have each weight profile in a year (see V70). Plain JDBC in the
 * current transaction, like {@link TallyRepository}.
 */
@ApplicationScoped
public class ProfileTallyRepository {
    /**
     * The profile columns as arrays, then cases. A profile's codes and weights are arrays, and an array of arrays must
     * be rectangular, so each row's codes and weights travel as the text of an array ({@link ColumnArrays#literal}).
     */
    private static final String PROFILE_ROWS = """
            unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[],
                   ?::int[]) AS r(codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes,
                                  weights, cases)""";
    private static final String MATCH_ROWS = """
            p.codebook_id = r.codebook_id AND p.codebook_version = r.codebook_version AND p.dimension = r.dimension
            AND p.selection = r.selection AND p.grouping = r.grouping AND p.group_key = r.group_key AND p.year = r.year
            AND p.codes = r.codes::text[] AND p.weights = r.weights::numeric[]""";
    /** Gains, in the order of the rows given (lock order). */
    private static final String ADD = """
            INSERT INTO tally_profile (codebook_id, codebook_version, dimension, selection, grouping, group_key, year,
                                       codes, weights, cases)
            SELECT r.codebook_id, r.codebook_version, r.dimension, r.selection, r.grouping, r.group_key, r.year,
                   r.codes::text[], r.weights::numeric[], r.cases
            FROM %s
            ON CONFLICT (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes, weights)
            DO UPDATE SET cases = tally_profile.cases + EXCLUDED.cases""".formatted(PROFILE_ROWS);
    private static final String TAKE = "UPDATE tally_profile p SET cases = p.cases + r.cases FROM " + PROFILE_ROWS
            + " WHERE " + MATCH_ROWS;
    private static final String DROP_EMPTY = "DELETE FROM tally_profile p USING " + PROFILE_ROWS + " WHERE "
            + MATCH_ROWS + " AND p.cases = 0";

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
        ColumnArrays gains = profileColumns();
        ColumnArrays losses = profileColumns();
        for (Map.Entry<ProfileRow, Integer> entry : rows) {
            ProfileRow row = entry.getKey();
            (entry.getValue() > 0 ? gains : losses).add(row.unit().codebookId(), row.unit().codebookVersion(),
                    row.unit().dimension(), row.selection(), row.group().grouping().key(), row.group().key(),
                    row.unit().year(), ColumnArrays.literal(row.weightByCode().keySet()),
                    ColumnArrays.literal(row.weightByCode().values()), entry.getValue());
        }
        counts.add(connection -> ColumnArrays.applyNetted(connection, gains, losses, ADD, TAKE, DROP_EMPTY,
                "a case profile to take a case back from is missing"));
    }

    /** Columns of {@link #PROFILE_ROWS}. */
    private static ColumnArrays profileColumns() {
        return new ColumnArrays("uuid", "int4", "text", "text", "text", "text", "int4", "text", "text", "int4");
    }

    /**
     * The profiles of some groups of one tally over a range of years, under every key its selection is stored under
     * ({@link Selections#storedKeys}), added up.
     */
    public List<Row> read(UUID codebookId, int version, String dimension, String selection, String grouping,
                          Collection<String> groupKeys, int fromYear, int toYear) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT group_key, year, codes, weights, sum(cases)::int FROM tally_profile
                    WHERE codebook_id = ? AND codebook_version = ? AND dimension = ? AND selection = ANY (?)
                      AND grouping = ? AND group_key = ANY (?) AND year BETWEEN ? AND ?
                    GROUP BY group_key, year, codes, weights""")) {
                statement.setObject(1, codebookId);
                statement.setInt(2, version);
                statement.setString(3, dimension);
                statement.setArray(4, StoredKeys.of(connection, codebookId, version, selection));
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
}
