package io.revitalization.comparison.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.revitalization.comparison.testing.ScratchDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * V51 moved the cases behind each tally from the {@code case_ids} array of the tally row (V1 to V50) to a row each in
 * {@code tally_case}, left only their number in the tally row, and added each group-year's own tally (code
 * {@code ''}) whose cases are the distinct cases of all its codes. Here a scratch database is migrated to V50, filled
 * with tallies as the old code left them, and migrated to V51: every (tally, case) pair of the old
 * arrays must then be exactly one row, every count right, and nothing else changed.
 * <p>
 * A plain JUnit test on the shared embedded PostgreSQL, not a {@code @QuarkusTest}: Quarkus would migrate its own
 * database to the latest version at start, and the point is to stop at V50 first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TallyCasesMigrationTest {
    private static final String LAST_VERSION_WITH_CASE_ARRAYS = "50";
    private static final String TALLY_CASES_VERSION = "51";
    private static final String WHOLE = ""; // the code of a group-year's own tally
    private static final int WEIGHT_SCALE = 12; // tally.weight is NUMERIC(24, 12)

    /** Names for the ids below, so that failure messages say "case-a" rather than a UUID. */
    private static final Map<UUID, String> NAMES = new HashMap<>();

    private static final UUID FOREST = named("forest-governance", "3f1c9a52-7d4e-4b8a-9c61-0a2b7e5d9f10");
    private static final UUID WATER = named("water-rights", "8b0e6d3a-1f2c-4e7b-a5d9-6c4f2e1b0a93");
    private static final UUID FOREST_BUREAU = named("forest-bureau", "c7d2e9f1-4a6b-4c3d-8e5f-1a2b3c4d5e6f");
    private static final UUID SATOYAMA_PARTNERSHIP =
            named("satoyama-partnership", "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c");
    private static final UUID CASE_A = named("case-a", "0f6a2b1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9");
    private static final UUID CASE_B = named("case-b", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID CASE_C = named("case-c", "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b");
    private static final UUID CASE_D = named("case-d", "4c3b2a19-0f8e-4d7c-a6b5-a4f3e2d1c0b9");
    private static final UUID CASE_E = named("case-e", "6d5c4b3a-2918-4f7e-8d6c-5b4a3f2e1d0c");

    // Group-years that differ from the first in one or more columns of the tally key.
    private static final GroupYear MAJORITY_TW_2020 = forest(1, "governance", "majority", "country", "TW", 2020);
    private static final GroupYear MAJORITY_TW_2021 = forest(1, "governance", "majority", "country", "TW", 2021);
    private static final GroupYear ALL_CODERS_TW_2020 = forest(1, "governance", "all", "country", "TW", 2020);
    private static final GroupYear ALICE_SATOYAMA_2020 =
            forest(1, "governance", "coder:alice", "program", "satoyama", 2020);
    private static final GroupYear BOB_BUREAU_2020 =
            forest(1, "governance", "coder:bob", "institution", FOREST_BUREAU.toString(), 2020);
    private static final GroupYear V2_MAJORITY_TW_2020 = forest(2, "governance", "majority", "country", "TW", 2020);
    private static final GroupYear V2_TENURE_ACTIVE_2019 =
            forest(2, "tenure", "majority", "partnershipPhase", "active", 2019);
    private static final GroupYear WATER_MAJORITY_TW_2020 = water("governance", "majority", "country", "TW", 2020);
    private static final GroupYear WATER_BOB_JP_2022 = water("governance", "coder:bob", "country", "JP", 2022);
    private static final GroupYear WATER_NO_PARTNERSHIP_2020 =
            water("governance", "majority", "partnershipPhase", "none", 2020);

    /**
     * The tallies as the old code left them: a row per code only (no group-year rows), a unit's weight spread evenly
     * over its codes, each case at most once per array. Case A is in ten of them.
     */
    private static final List<OldTally> OLD_TALLIES = List.of(
            MAJORITY_TW_2020.oldTally("co-management", "1.5", CASE_A, CASE_B), // case A has two codes: half on each
            MAJORITY_TW_2020.oldTally("state-led", "0.5", CASE_A),
            MAJORITY_TW_2020.oldTally("community", "1", CASE_C),
            MAJORITY_TW_2021.oldTally("co-management", "1", CASE_A),
            ALL_CODERS_TW_2020.oldTally("co-management", "1.25", CASE_A, CASE_B),
            ALL_CODERS_TW_2020.oldTally("state-led", "0.75", CASE_A),
            ALL_CODERS_TW_2020.oldTally("community", "1", CASE_C),
            // thirds that do not add up to a whole: the group-year's weight must be their exact sum, 1.999999999999
            ALICE_SATOYAMA_2020.oldTally("co-management", "0.333333333333", CASE_A),
            ALICE_SATOYAMA_2020.oldTally("state-led", "0.333333333333", CASE_A),
            ALICE_SATOYAMA_2020.oldTally("community", "1.333333333333", CASE_D, CASE_A),
            BOB_BUREAU_2020.oldTally("co-management", "2", CASE_B, CASE_A),
            V2_MAJORITY_TW_2020.oldTally("co-management", "1", CASE_B),
            V2_TENURE_ACTIVE_2019.oldTally("customary", "2", CASE_E, CASE_B),
            V2_TENURE_ACTIVE_2019.oldTally("leasehold", "0"), // an empty array beside a code with cases
            WATER_MAJORITY_TW_2020.oldTally("co-management", "1", CASE_A),
            WATER_BOB_JP_2022.oldTally("state-led", "0"), // an empty array alone in its group-year
            WATER_NO_PARTNERSHIP_2020.oldTally("community", "1", CASE_D));

    private ScratchDatabase scratch;
    private MigrateResult migrationToV50;
    private MigrateResult migrationToV51;
    private Map<String, List<String>> otherTablesBefore;
    private Map<String, List<String>> otherTablesAfter;
    private List<String> checkConstraintsBefore;
    private List<String> checkConstraintsAfter;
    private List<Tally> talliesAfter;
    private List<TallyCase> tallyCasesAfter;

    @BeforeAll
    void migrateOldTalliesToV51() throws SQLException {
        scratch = ScratchDatabase.create("v51_migration_");
        migrationToV50 = scratch.migrateTo(LAST_VERSION_WITH_CASE_ARRAYS);
        try (Connection connection = scratch.connect()) {
            insertSurroundings(connection);
            OLD_TALLIES.forEach(old -> insertOldTally(connection, old));
            otherTablesBefore = contentsOfOtherTables(connection);
            checkConstraintsBefore = checkConstraints(connection);
        }

        // V51 and no further: later migrations add tables and constraints of their own
        migrationToV51 = scratch.migrateTo(TALLY_CASES_VERSION);
        try (Connection connection = scratch.connect()) {
            otherTablesAfter = contentsOfOtherTables(connection);
            checkConstraintsAfter = checkConstraints(connection);
            talliesAfter = readTallies(connection);
            tallyCasesAfter = readTallyCases(connection);
        }
    }

    @AfterAll
    void dropScratchDatabase() throws SQLException {
        if (scratch != null) {
            scratch.close();
        }
    }

    @Test
    void migrationsRanFromV50ToV51() {
        assertThat(migrationToV50.targetSchemaVersion).isEqualTo(LAST_VERSION_WITH_CASE_ARRAYS);
        assertThat(migrationToV51.success).isTrue();
        assertThat(migrationToV51.migrations).extracting(migration -> migration.version)
                .as("the migrations applied after V50").containsExactly(TALLY_CASES_VERSION);
    }

    @Test
    void everyCaseOfAnOldArrayIsOneRowOfItsTally() {
        assertThat(select(tallyCasesAfter, row -> !row.key().isWhole()))
                .as("tally_case rows of codes: one per (tally, case) of the old arrays")
                .containsExactlyInAnyOrderElementsOf(expectedCodeCaseRows());
    }

    @Test
    void everyGroupYearListsEachOfItsCasesOnce() {
        assertThat(select(tallyCasesAfter, row -> row.key().isWhole()))
                .as("tally_case rows of group-years (code ''): the distinct cases of all their codes")
                .containsExactlyInAnyOrderElementsOf(expectedGroupYearCaseRows());
    }

    @Test
    void everyTallyKeepsItsWeightAndCountsTheCasesOfItsOldArray() {
        assertThat(select(talliesAfter, tally -> !tally.key().isWhole()))
                .as("tallies of codes: weight as before, cases = length of the old array")
                .containsExactlyInAnyOrderElementsOf(OLD_TALLIES.stream().map(OldTally::migrated).toList());
    }

    @Test
    void everyGroupYearHasATallyOfItsDistinctCasesAndSummedWeight() {
        assertThat(select(talliesAfter, tally -> tally.key().isWhole()))
                .as("tallies of group-years (code ''): sum of the codes' weights, number of distinct cases")
                .containsExactlyInAnyOrderElementsOf(expectedGroupYearTallies());
    }

    /** The same expectations as above, worked out by hand for a few tallies, in case the derivations share a slip. */
    @Test
    void handCheckedExamples() {
        assertThat(tallyAfter(MAJORITY_TW_2020.whole())).isEqualTo(new Tally(MAJORITY_TW_2020.whole(), weight("3"), 3));
        assertThat(tallyAfter(ALICE_SATOYAMA_2020.whole()))
                .isEqualTo(new Tally(ALICE_SATOYAMA_2020.whole(), weight("1.999999999999"), 2));
        assertThat(tallyAfter(V2_TENURE_ACTIVE_2019.code("leasehold")))
                .isEqualTo(new Tally(V2_TENURE_ACTIVE_2019.code("leasehold"), weight("0"), 0));
        assertThat(tallyAfter(WATER_BOB_JP_2022.whole()))
                .isEqualTo(new Tally(WATER_BOB_JP_2022.whole(), weight("0"), 0));

        assertThat(casesAfter(MAJORITY_TW_2020.whole())).containsExactlyInAnyOrder(CASE_A, CASE_B, CASE_C);
        assertThat(select(tallyCasesAfter, row -> row.caseId().equals(CASE_A) && !row.key().isWhole()))
                .as("case A's rows under codes").hasSize(10);
        assertThat(select(tallyCasesAfter, row -> row.caseId().equals(CASE_A) && row.key().isWhole()))
                .as("case A's rows under group-years")
                .extracting(row -> row.key().groupYear())
                .containsExactlyInAnyOrder(MAJORITY_TW_2020, MAJORITY_TW_2021, ALL_CODERS_TW_2020, ALICE_SATOYAMA_2020,
                        BOB_BUREAU_2020, WATER_MAJORITY_TW_2020);
    }

    /** What the service relies on when it takes a case back: the count and the rows of every tally agree. */
    @Test
    void everyTallyCountsExactlyTheCaseRowsBehindIt() {
        Map<TallyKey, Long> rowsPerTally = new HashMap<>();
        tallyCasesAfter.forEach(row -> rowsPerTally.merge(row.key(), 1L, Long::sum));
        Map<TallyKey, String> disagreeing = new TreeMap<>(TallyKey.ORDER);
        talliesAfter.forEach(tally -> {
            long rows = rowsPerTally.getOrDefault(tally.key(), 0L);
            if (rows != tally.cases()) {
                disagreeing.put(tally.key(), "cases " + tally.cases() + ", rows " + rows);
            }
        });
        assertThat(disagreeing).as("tallies whose count differs from their tally_case rows").isEmpty();
        Set<TallyKey> tallied = new LinkedHashSet<>(talliesAfter.stream().map(Tally::key).toList());
        assertThat(select(tallyCasesAfter, row -> !tallied.contains(row.key())))
                .as("tally_case rows without a tally").isEmpty();
    }

    @Test
    void nothingElseChanged() {
        assertThat(otherTablesAfter.keySet()).as("tables besides tally and tally_case")
                .containsExactlyElementsOf(otherTablesBefore.keySet());
        otherTablesBefore.forEach((table, rows) ->
                assertThat(otherTablesAfter.get(table)).as("rows of " + table).containsExactlyElementsOf(rows));
        assertThat(otherTablesBefore.get("coding")).as("the surroundings were written").isNotEmpty();
    }

    @Test
    void constraintsHoldAfterwards() throws SQLException {
        assertThat(checkConstraintsAfter).as("CHECK constraints after V51: those before and the tally's count")
                .containsExactlyInAnyOrderElementsOf(concat(checkConstraintsBefore,
                        "tally tally_cases_not_negative CHECK ((cases >= 0)) validated"));
        try (Connection connection = scratch.connect()) {
            assertThat(columns(connection, "tally")).as("tally's columns: case_ids gone, cases added")
                    .containsExactly("codebook_id", "codebook_version", "dimension", "selection", "grouping",
                            "group_key", "year", "code", "weight", "cases");
            assertThat(primaryKey(connection, "tally_case")).isEqualTo("PRIMARY KEY (codebook_id, codebook_version, "
                    + "dimension, selection, grouping, group_key, code, case_id, year)");
            assertThat(sqlStateOf(connection, tallyInsert("-1"))).as("a negative count").isEqualTo("23514");
            assertThat(sqlStateOf(connection, tallyInsert("NULL"))).as("no count").isEqualTo("23502");
            assertThat(sqlStateOf(connection, tallyInsert("0"))).as("a count of zero").isNull();
        }
    }

    // ---- expectations, derived from OLD_TALLIES ----

    private static List<TallyCase> expectedCodeCaseRows() {
        List<TallyCase> rows = new ArrayList<>();
        OLD_TALLIES.forEach(old -> old.caseIds().forEach(caseId -> rows.add(new TallyCase(old.key(), caseId))));
        return rows;
    }

    private static List<TallyCase> expectedGroupYearCaseRows() {
        List<TallyCase> rows = new ArrayList<>();
        distinctCasesByGroupYear().forEach((groupYear, cases) ->
                cases.forEach(caseId -> rows.add(new TallyCase(groupYear.whole(), caseId))));
        return rows;
    }

    private static List<Tally> expectedGroupYearTallies() {
        Map<GroupYear, BigDecimal> weights = new LinkedHashMap<>();
        OLD_TALLIES.forEach(old -> weights.merge(old.key().groupYear(), old.weight(), BigDecimal::add));
        Map<GroupYear, Set<UUID>> cases = distinctCasesByGroupYear();
        return weights.entrySet().stream().map(groupYear -> new Tally(groupYear.getKey().whole(), groupYear.getValue(),
                cases.get(groupYear.getKey()).size())).toList();
    }

    /** Every group-year of the old tallies, with the cases of any of its codes (none for an empty array alone). */
    private static Map<GroupYear, Set<UUID>> distinctCasesByGroupYear() {
        Map<GroupYear, Set<UUID>> cases = new LinkedHashMap<>();
        OLD_TALLIES.forEach(old -> cases.computeIfAbsent(old.key().groupYear(), groupYear -> new LinkedHashSet<>())
                .addAll(old.caseIds()));
        return cases;
    }

    private Tally tallyAfter(TallyKey key) {
        List<Tally> found = select(talliesAfter, tally -> tally.key().equals(key));
        assertThat(found).as("tallies " + key).hasSize(1);
        return found.get(0);
    }

    private List<UUID> casesAfter(TallyKey key) {
        return select(tallyCasesAfter, row -> row.key().equals(key)).stream().map(TallyCase::caseId).toList();
    }

    // ---- the old rows ----

    /**
     * The codebooks, cases, groups and codings around the tallies, for V51 to leave as they were (the tallies are
     * written as given, not derived from these codings; V51 reads only the tallies).
     */
    private static void insertSurroundings(Connection connection) throws SQLException {
        execute(connection, "UPDATE data_version SET version = 42, changed_at = '2025-06-01T08:00:00Z'");
        execute(connection, "INSERT INTO codebook (id, slug, latest_version) VALUES (?, 'forest-governance', 2), "
                + "(?, 'water-rights', 1)", FOREST, WATER);
        insertCodebookVersion(connection, FOREST, 1, "Forest governance", "governance");
        insertCodebookVersion(connection, FOREST, 2, "Forest governance", "governance", "tenure");
        insertCodebookVersion(connection, WATER, 1, "Water rights", "governance");
        execute(connection, "INSERT INTO institution_projection (id, slug, version, country, name, deleted) "
                + "VALUES (?, 'forest-bureau', 2, 'TW', '{\"en\": \"Forest Bureau\"}', false)", FOREST_BUREAU);
        execute(connection, "INSERT INTO partnership_projection (id, slug, version, phase, member_ids, deleted) "
                + "VALUES (?, 'satoyama-partnership', 3, 'active', ?, false)", SATOYAMA_PARTNERSHIP,
                connection.createArrayOf("uuid", new Object[] {FOREST_BUREAU}));
        insertCase(connection, CASE_A, "TW", true, "country:TW", "program:satoyama", "institution:" + FOREST_BUREAU,
                "partnershipPhase:active");
        insertCase(connection, CASE_B, "TW", true, "country:TW", "institution:" + FOREST_BUREAU,
                "partnershipPhase:active");
        insertCase(connection, CASE_C, "TW", false, "country:TW", "partnershipPhase:none");
        insertCase(connection, CASE_D, "JP", false, "country:JP", "program:satoyama", "partnershipPhase:none");
        insertCase(connection, CASE_E, null, true, "institution:" + FOREST_BUREAU, "partnershipPhase:active");
        insertCoding(connection, CASE_A, 2020, "alice", "co-management", "state-led");
        insertCoding(connection, CASE_A, 2020, "bob", "co-management");
        insertCoding(connection, CASE_A, 2021, "alice", "co-management");
        insertCoding(connection, CASE_B, 2020, "alice", "co-management");
        insertCoding(connection, CASE_C, 2020, "alice", "community");
        execute(connection, "INSERT INTO processed_event (consumer, event_id, event_type, processed_at) "
                + "VALUES ('comparison-service', 'evt-1', 'case.created.v1', '2025-05-31T12:00:00Z')");
    }

    private static void insertCodebookVersion(Connection connection, UUID codebook, int version, String title,
                                              String... dimensions) throws SQLException {
        List<String> dimensionJson = new ArrayList<>();
        for (String dimension : dimensions) {
            dimensionJson.add("{\"id\": \"" + dimension + "\", \"scale\": \"NOMINAL\", \"multiValued\": true}");
        }
        execute(connection, "INSERT INTO codebook_version (codebook_id, version, title, dimensions, created_by, "
                        + "created_at) VALUES (?, ?, CAST(? AS jsonb), CAST(? AS jsonb), 'curator', ?::timestamptz)",
                codebook, version, "{\"en\": \"" + title + "\"}", "[" + String.join(", ", dimensionJson) + "]",
                "2025-0" + version + "-01T00:00:00Z");
    }

    /** A live case and its groups, each given as "grouping:key". */
    private static void insertCase(Connection connection, UUID id, String country, boolean ofTheBureau,
                                   String... groups) throws SQLException {
        execute(connection, "INSERT INTO case_projection (id, slug, version, country, lead_institution_id, "
                        + "institution_ids, programs, title, deleted) "
                        + "VALUES (?, ?, 1, ?, ?, ?, ?, CAST(? AS jsonb), false)",
                id, NAMES.get(id), country, ofTheBureau ? FOREST_BUREAU : null,
                connection.createArrayOf("uuid", ofTheBureau ? new Object[] {FOREST_BUREAU} : new Object[0]),
                connection.createArrayOf("text", new Object[] {"satoyama"}), "{\"en\": \"" + NAMES.get(id) + "\"}");
        for (String group : groups) {
            String[] groupingAndKey = group.split(":", 2);
            execute(connection, "INSERT INTO case_group (case_id, grouping, group_key) VALUES (?, ?, ?)",
                    id, groupingAndKey[0], groupingAndKey[1]);
        }
    }

    private static void insertCoding(Connection connection, UUID caseId, int year, String coder, String... codes)
            throws SQLException {
        execute(connection, "INSERT INTO coding (id, codebook_id, codebook_version, case_id, year, dimension, codes, "
                        + "coder, confidence, created_by, created_at) VALUES (?, ?, 1, ?, ?, 'governance', ?, ?, 0.8, "
                        + "'importer', '2025-05-31T10:00:00Z')",
                UUID.nameUUIDFromBytes((caseId + coder + year).getBytes()), FOREST, caseId, year,
                connection.createArrayOf("text", codes), coder);
    }

    private static void insertOldTally(Connection connection, OldTally old) {
        GroupYear groupYear = old.key().groupYear();
        try {
            execute(connection, "INSERT INTO tally (codebook_id, codebook_version, dimension, selection, grouping, "
                            + "group_key, year, code, weight, case_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    groupYear.codebookId(), groupYear.codebookVersion(), groupYear.dimension(), groupYear.selection(),
                    groupYear.grouping(), groupYear.groupKey(), groupYear.year(), old.key().code(), old.weight(),
                    connection.createArrayOf("uuid", old.caseIds().toArray()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert the old tally " + old, e);
        }
    }

    // ---- reading the database ----

    private static List<Tally> readTallies(Connection connection) throws SQLException {
        List<Tally> tallies = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code,
                       weight, cases
                FROM tally""")) {
            while (rows.next()) {
                tallies.add(new Tally(tallyKey(rows), rows.getBigDecimal("weight"), rows.getInt("cases")));
            }
        }
        return tallies;
    }

    private static List<TallyCase> readTallyCases(Connection connection) throws SQLException {
        List<TallyCase> cases = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code, case_id
                FROM tally_case""")) {
            while (rows.next()) {
                cases.add(new TallyCase(tallyKey(rows), rows.getObject("case_id", UUID.class)));
            }
        }
        return cases;
    }

    private static TallyKey tallyKey(ResultSet row) throws SQLException {
        return new GroupYear(row.getObject("codebook_id", UUID.class), row.getInt("codebook_version"),
                row.getString("dimension"), row.getString("selection"), row.getString("grouping"),
                row.getString("group_key"), row.getInt("year")).code(row.getString("code"));
    }

    /** Every row, as text, of every table but the tallies and Flyway's history, by table. */
    private static Map<String, List<String>> contentsOfOtherTables(Connection connection) throws SQLException {
        Map<String, List<String>> contents = new TreeMap<>();
        for (String table : strings(connection, """
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                  AND table_name NOT IN ('tally', 'tally_case', 'flyway_schema_history')""")) {
            contents.put(table, strings(connection, "SELECT t::text FROM \"" + table + "\" t ORDER BY 1"));
        }
        return contents;
    }

    private static List<String> checkConstraints(Connection connection) throws SQLException {
        return strings(connection, """
                SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                       || CASE WHEN convalidated THEN ' validated' ELSE ' NOT VALIDATED' END
                FROM pg_constraint WHERE contype = 'c' AND connamespace = current_schema()::regnamespace""");
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        return strings(connection, "SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = '" + table + "' ORDER BY ordinal_position");
    }

    private static String primaryKey(Connection connection, String table) throws SQLException {
        return strings(connection, "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                + "WHERE contype = 'p' AND conrelid = '" + table + "'::regclass").get(0)
                .replace("\"", ""); // PostgreSQL quotes the column grouping, a keyword
    }

    private static String tallyInsert(String cases) {
        return "INSERT INTO tally (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, "
                + "code, weight, cases) VALUES ('" + FOREST + "', 1, 'governance', 'majority', 'country', 'KR', 2020, "
                + "'community', 1, " + cases + ")";
    }

    /** The SQLSTATE the statement fails with, or null when it succeeds; rolled back either way. */
    private static String sqlStateOf(Connection connection, String sql) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return null;
        } catch (SQLException e) {
            return e.getSQLState();
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static List<String> strings(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }

    private static <T> List<T> select(List<T> items, Predicate<T> condition) {
        return items.stream().filter(condition).toList();
    }

    private static List<String> concat(List<String> list, String item) {
        List<String> all = new ArrayList<>(list);
        all.add(item);
        return all;
    }

    private static BigDecimal weight(String value) {
        return new BigDecimal(value).setScale(WEIGHT_SCALE);
    }

    private static UUID named(String name, String id) {
        UUID uuid = UUID.fromString(id);
        NAMES.put(uuid, name);
        return uuid;
    }

    private static GroupYear forest(int version, String dimension, String selection, String grouping,
                                    String groupKey, int year) {
        return new GroupYear(FOREST, version, dimension, selection, grouping, groupKey, year);
    }

    private static GroupYear water(String dimension, String selection, String grouping, String groupKey, int year) {
        return new GroupYear(WATER, 1, dimension, selection, grouping, groupKey, year);
    }

    private static String name(UUID id) {
        return NAMES.getOrDefault(id, id.toString());
    }

    // ---- the rows ----

    /** A group in a year, for one codebook version, dimension and coder selection: its tallies share all of this. */
    record GroupYear(UUID codebookId, int codebookVersion, String dimension, String selection, String grouping,
                     String groupKey, int year) {
        TallyKey code(String code) {
            return new TallyKey(this, code);
        }

        TallyKey whole() {
            return code(WHOLE);
        }

        OldTally oldTally(String code, String weight, UUID... caseIds) {
            return new OldTally(code(code), weight(weight), List.of(caseIds));
        }

        @Override
        public String toString() {
            return name(codebookId) + " v" + codebookVersion + " " + dimension + " " + selection + " " + grouping + "="
                    + (grouping.equals("institution") ? name(UUID.fromString(groupKey)) : groupKey) + " " + year;
        }
    }

    record TallyKey(GroupYear groupYear, String code) {
        static final Comparator<TallyKey> ORDER = Comparator.comparing(TallyKey::toString);

        boolean isWhole() {
            return code.equals(WHOLE);
        }

        @Override
        public String toString() {
            return groupYear + (isWhole() ? " (whole group-year)" : " '" + code + "'");
        }
    }

    /** A tally row as V50 had it. */
    record OldTally(TallyKey key, BigDecimal weight, List<UUID> caseIds) {
        OldTally {
            if (new LinkedHashSet<>(caseIds).size() != caseIds.size()) {
                // V51 does not expect it either: a repeated case would break tally_case's primary key
                throw new IllegalArgumentException("the old code listed a case once per tally: " + caseIds);
            }
        }

        Tally migrated() {
            return new Tally(key, weight, caseIds.size());
        }

        @Override
        public String toString() {
            return key + " weight " + weight + " cases " + caseIds.stream().map(TallyCasesMigrationTest::name).toList();
        }
    }

    /** A tally row after V51. */
    record Tally(TallyKey key, BigDecimal weight, int cases) {
        Tally {
            weight = weight.setScale(WEIGHT_SCALE);
        }

        @Override
        public String toString() {
            return key + ": weight " + weight.toPlainString() + ", cases " + cases;
        }
    }

    record TallyCase(TallyKey key, UUID caseId) {
        @Override
        public String toString() {
            return key + ": " + name(caseId);
        }
    }
}
