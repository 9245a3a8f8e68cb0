package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.analysis.CaseConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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

    /** Keys in one order in every transaction, so that two transactions never wait on each other's rows. */
    private static final Comparator<Key> LOCK_ORDER = Comparator.comparing(Key::codebookId)
            .thenComparingInt(Key::codebookVersion).thenComparing(Key::selection).thenComparing(Key::grouping)
            .thenComparing(Key::groupKey).thenComparing(Key::configuration);

    private static final String COLUMNS = "codebook_id, codebook_version, selection, grouping, group_key, year, "
            + "configuration";
    private static final String MATCH = "codebook_id = ? AND codebook_version = ? AND selection = ? AND grouping = ? "
            + "AND group_key = ? AND year = ? AND configuration = ?";

    private final EntityManager entityManager;

    public ConfigurationTallyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether every coding is in the tallies (false for codings stored before they existed). */
    public boolean complete() {
        return (Boolean) entityManager.createNativeQuery("SELECT complete FROM configuration_tally_state WHERE id = 1")
                .getSingleResult();
    }

    /** The tallies a case-year is counted in. */
    public List<Key> ofCaseYear(UUID caseId, int year) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT codebook_id, codebook_version, "
                    + "selection, grouping, group_key, configuration FROM configuration_case WHERE case_id = ? "
                    + "AND year = ?")) {
                statement.setObject(1, caseId);
                statement.setInt(2, year);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Key> keys = new ArrayList<>();
                    while (rows.next()) {
                        keys.add(new Key(rows.getObject(1, UUID.class), rows.getInt(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6)));
                    }
                    return keys;
                }
            }
        });
    }

    /** Moves a case-year out of some tallies and into others; tallies left without cases disappear. */
    public void move(UUID caseId, int year, Collection<Key> leaving, Collection<Key> joining) {
        if (leaving.isEmpty() && joining.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement removeCase = connection.prepareStatement("DELETE FROM configuration_case WHERE "
                    + MATCH + " AND case_id = ?");
                 PreparedStatement take = connection.prepareStatement("UPDATE configuration_tally SET cases = cases - 1 "
                         + "WHERE " + MATCH);
                 PreparedStatement dropEmpty = connection.prepareStatement("DELETE FROM configuration_tally WHERE "
                         + MATCH + " AND cases = 0");
                 PreparedStatement addCase = connection.prepareStatement("INSERT INTO configuration_case (" + COLUMNS
                         + ", case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement add = connection.prepareStatement("INSERT INTO configuration_tally (" + COLUMNS
                         + ", cases) VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (" + COLUMNS
                         + ") DO UPDATE SET cases = configuration_tally.cases + 1")) {
                for (Key key : leaving.stream().sorted(LOCK_ORDER).toList()) {
                    bind(removeCase, key, year);
                    removeCase.setObject(8, caseId);
                    removeCase.addBatch();
                    bind(take, key, year);
                    take.addBatch();
                    bind(dropEmpty, key, year);
                    dropEmpty.addBatch();
                }
                for (Key key : joining.stream().sorted(LOCK_ORDER).toList()) {
                    bind(addCase, key, year);
                    addCase.setObject(8, caseId);
                    addCase.addBatch();
                    bind(add, key, year);
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

    /** The configurations of some groups' cases in a year, each with at most {@code listed} of its cases. */
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
                    WHERE t.codebook_id = ? AND t.codebook_version = ? AND t.selection = ? AND t.grouping = ?
                      AND t.group_key = ANY (?) AND t.year = ?""")) {
                statement.setInt(1, listed);
                statement.setObject(2, codebookId);
                statement.setInt(3, version);
                statement.setString(4, selection);
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

    private static void bind(PreparedStatement statement, Key key, int year) throws java.sql.SQLException {
        statement.setObject(1, key.codebookId());
        statement.setInt(2, key.codebookVersion());
        statement.setString(3, key.selection());
        statement.setString(4, key.grouping());
        statement.setString(5, key.groupKey());
        statement.setInt(6, year);
        statement.setString(7, key.configuration());
    }
}
