package io.revitalization.comparison.migration;

import io.revitalization.comparison.testing.ScratchDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V96 and V97 count what one coder coded once for the selections that agree on it, where the tables before them
 * counted it under each.
 * <ul>
 * <li>V96, the case histories (a case whose units of a dimension each have one coding, none an adjudication, is
 * counted once for majority, all coders and adjudicated), leaves the counting to CaseHistoryBackfill (tested in
 * {@code CaseHistoryBackfillTest}): a database with codings has its histories emptied and marked incomplete, so that
 * reads compute from the codings until every case is counted again, and keeps its codings; one without codings is
 * complete as it is.</li>
 * <li>V97, the configurations behind truth tables (a case-year whose dimensions each have one coding, none an
 * adjudication, is counted once for majority and adjudicated), moves such a case-year's rows under {@code sole} and
 * counts the tallies again; other case-years keep theirs.</li>
 * <li>V98, the tallies, the cases behind them and the case profiles (a unit with one coding, not an adjudication, is
 * counted once for majority, all coders and adjudicated), moves such a unit's contributions under {@code sole},
 * weights and cases included, and leaves the coders' own rows and other units' rows as they were.</li>
 * <li>V99 stores what one coder alone coded once, under {@code sole:<coder>}, in place of its rows under {@code sole}
 * and the coder's own key: the tallies, the cases behind them and the case profiles of such a unit, and the
 * configurations of such a case-year; what several coders coded, each unit once, stays under {@code sole} beside the
 * coders' own rows. It counts the histories again as V96 does, and keeps every coder of a codebook version in
 * {@code codebook_coder}, then and as codings are written.</li>
 * </ul>
 */
class SoleCoderMigrationsTest {
    private static final String BEFORE = "95";
    private static final String SOLE_HISTORIES = "96";
    private static final String SOLE_CONFIGURATIONS = "97";
    private static final String SOLE_TALLIES = "98";
    private static final String SOLE_CODER_KEYS = "99";
    /** Coded by c1 alone in 2021. */
    private static final UUID SOLE_CASE = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    /** Coded by c1 in 2021, and on one dimension by c2 as well. */
    private static final UUID TWICE_CODED_CASE = UUID.fromString("9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b");
    /** Coded by c2 in 2021 on one dimension, by c1 on the other. */
    private static final UUID TWO_CODERS_CASE = UUID.fromString("5c4b3a29-1807-4f6e-8d5c-4b3a29180f6e");
    private static final UUID CODEBOOK = UUID.fromString("3f1c9a52-7d4e-4b8a-9c61-0a2b7e5d9f10");
    private static final UUID CASE = UUID.fromString("0f6a2b1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9");

    @Test
    void theHistoriesOfStoredCodingsAreCountedAgainInTheNewLayout() throws SQLException {
        try (ScratchDatabase scratch = ScratchDatabase.create("v96_migration_")) {
            scratch.migrateTo(BEFORE);
            try (Connection connection = scratch.connect()) {
                insertCodedCase(connection);
                for (String selection : new String[] {"majority", "all", "adjudicated", "coder:c1"}) {
                    execute(connection, "INSERT INTO case_history (codebook_id, codebook_version, dimension, selection, "
                            + "grouping, group_key, case_id, history) VALUES (?, 1, 'stage', ?, 'country', 'TW', ?, "
                            + "'2021:1.0:p')", CODEBOOK, selection, CASE);
                    execute(connection, "INSERT INTO history_tally (codebook_id, codebook_version, dimension, "
                            + "selection, grouping, group_key, history, cases) VALUES (?, 1, 'stage', ?, 'country', "
                            + "'TW', '2021:1.0:p', 1)", CODEBOOK, selection);
                }
                execute(connection, "UPDATE history_tally_state SET complete = true WHERE id = 1");
            }

            assertThat(scratch.migrateTo(SOLE_HISTORIES).migrations).extracting(migration -> migration.version)
                    .containsExactly(SOLE_HISTORIES);
            try (Connection connection = scratch.connect()) {
                assertThat(count(connection, "SELECT count(*) FROM case_history")).isZero();
                assertThat(count(connection, "SELECT count(*) FROM history_tally")).isZero();
                assertThat(count(connection, "SELECT count(*) FROM history_tally_state WHERE NOT complete"))
                        .as("histories to count again").isEqualTo(1);
                assertThat(count(connection, "SELECT count(*) FROM coding")).as("codings kept").isEqualTo(1);
            }
        }
    }

    @Test
    void aDatabaseWithoutCodingsHasCompleteHistories() throws SQLException {
        try (ScratchDatabase scratch = ScratchDatabase.create("v96_migration_")) {
            scratch.migrateTo(SOLE_HISTORIES);
            try (Connection connection = scratch.connect()) {
                assertThat(count(connection, "SELECT count(*) FROM history_tally_state WHERE complete")).isEqualTo(1);
            }
        }
    }

    @Test
    void aCaseYearCodedByOneCoderIsCountedOnceInTheConfigurations() throws SQLException {
        try (ScratchDatabase scratch = ScratchDatabase.create("v97_migration_")) {
            scratch.migrateTo(SOLE_HISTORIES);
            try (Connection connection = scratch.connect()) {
                insertCodebook(connection);
                insertCase(connection, SOLE_CASE, "case-b");
                insertCase(connection, TWICE_CODED_CASE, "case-c");
                insertCoding(connection, SOLE_CASE, "stage", "c1");
                insertCoding(connection, SOLE_CASE, "value", "c1");
                insertCoding(connection, TWICE_CODED_CASE, "stage", "c1");
                insertCoding(connection, TWICE_CODED_CASE, "value", "c1");
                insertCoding(connection, TWICE_CODED_CASE, "value", "c2");
                for (String selection : new String[] {"majority", "adjudicated", "coder:c1"}) {
                    insertConfiguration(connection, SOLE_CASE, selection);
                }
                for (String selection : new String[] {"majority", "adjudicated", "coder:c1", "coder:c2"}) {
                    insertConfiguration(connection, TWICE_CODED_CASE, selection);
                }
                execute(connection, "INSERT INTO configuration_tally (codebook_id, codebook_version, selection, "
                        + "grouping, group_key, year, configuration, cases) SELECT codebook_id, codebook_version, "
                        + "selection, grouping, group_key, year, configuration, count(*) FROM configuration_case "
                        + "GROUP BY codebook_id, codebook_version, selection, grouping, group_key, year, configuration");
            }

            scratch.migrateTo(SOLE_CONFIGURATIONS);
            try (Connection connection = scratch.connect()) {
                assertThat(strings(connection, "SELECT case_id || ' ' || grouping || ' ' || selection "
                        + "FROM configuration_case ORDER BY 1")).containsExactly(
                        SOLE_CASE + "  coder:c1", SOLE_CASE + "  sole",
                        SOLE_CASE + " country coder:c1", SOLE_CASE + " country sole",
                        TWICE_CODED_CASE + "  adjudicated", TWICE_CODED_CASE + "  coder:c1",
                        TWICE_CODED_CASE + "  coder:c2", TWICE_CODED_CASE + "  majority",
                        TWICE_CODED_CASE + " country adjudicated", TWICE_CODED_CASE + " country coder:c1",
                        TWICE_CODED_CASE + " country coder:c2", TWICE_CODED_CASE + " country majority");
                assertThat(strings(connection, "SELECT grouping || ' ' || selection || ' ' || cases "
                        + "FROM configuration_tally ORDER BY 1")).containsExactly(
                        " adjudicated 1", " coder:c1 2", " coder:c2 1", " majority 1", " sole 1",
                        "country adjudicated 1", "country coder:c1 2", "country coder:c2 1", "country majority 1",
                        "country sole 1");
            }
        }
    }

    @Test
    void aUnitCodedByOneCoderIsCountedOnceInTheTallies() throws SQLException {
        try (ScratchDatabase scratch = ScratchDatabase.create("v98_migration_")) {
            scratch.migrateTo(SOLE_CONFIGURATIONS);
            try (Connection connection = scratch.connect()) {
                insertCodebook(connection);
                insertCase(connection, SOLE_CASE, "case-b");
                insertCase(connection, TWICE_CODED_CASE, "case-c");
                insertCoding(connection, SOLE_CASE, "stage", "c1", "{p,q}");
                insertCoding(connection, TWICE_CODED_CASE, "stage", "c1", "{p}");
                insertCoding(connection, TWICE_CODED_CASE, "stage", "c2", "{p}");
                for (String selection : new String[] {"majority", "all", "adjudicated", "coder:c1"}) {
                    contribute(connection, selection, SOLE_CASE, "p", "q");
                    contribute(connection, selection, TWICE_CODED_CASE, "p");
                }
                contribute(connection, "coder:c2", TWICE_CODED_CASE, "p");
            }

            scratch.migrateTo(SOLE_TALLIES);
            try (Connection connection = scratch.connect()) {
                assertThat(strings(connection, "SELECT selection || ' ' || code || ' ' || trim_scale(weight) || ' ' "
                        + "|| cases FROM tally ORDER BY 1")).containsExactly(
                        "adjudicated  1 1", "adjudicated p 1 1", "all  1 1", "all p 1 1",
                        "coder:c1  2 2", "coder:c1 p 1.5 2", "coder:c1 q 0.5 1", "coder:c2  1 1", "coder:c2 p 1 1",
                        "majority  1 1", "majority p 1 1", "sole  1 1", "sole p 0.5 1", "sole q 0.5 1");
                assertThat(strings(connection, "SELECT selection || ' ' || code || ' ' || (case_id = '" + SOLE_CASE
                        + "') FROM tally_case ORDER BY 1")).containsExactly(
                        "adjudicated  false", "adjudicated p false", "all  false", "all p false",
                        "coder:c1  false", "coder:c1  true", "coder:c1 p false", "coder:c1 p true", "coder:c1 q true",
                        "coder:c2  false", "coder:c2 p false", "majority  false", "majority p false",
                        "sole  true", "sole p true", "sole q true");
                assertThat(strings(connection, "SELECT selection || ' ' || codes::text || ' ' || "
                        + "(SELECT array_agg(trim_scale(w)) FROM unnest(weights) AS w)::text || ' ' || cases "
                        + "FROM tally_profile ORDER BY 1")).containsExactly(
                        "adjudicated {p} {1} 1", "all {p} {1} 1", "coder:c1 {p,q} {0.5,0.5} 1", "coder:c1 {p} {1} 1",
                        "coder:c2 {p} {1} 1", "majority {p} {1} 1", "sole {p,q} {0.5,0.5} 1");
            }
        }
    }

    @Test
    void whatOneCoderAloneCodedIsStoredOnceUnderTheCodersSoleKey() throws SQLException {
        try (ScratchDatabase scratch = ScratchDatabase.create("v99_migration_")) {
            scratch.migrateTo(SOLE_TALLIES);
            try (Connection connection = scratch.connect()) {
                insertCodebook(connection);
                insertCase(connection, SOLE_CASE, "case-b");
                insertCase(connection, TWICE_CODED_CASE, "case-c");
                insertCase(connection, TWO_CODERS_CASE, "case-d");
                insertCoding(connection, SOLE_CASE, "stage", "c1", "{p,q}");
                insertCoding(connection, SOLE_CASE, "value", "c1");
                insertCoding(connection, TWICE_CODED_CASE, "stage", "c1", "{p}");
                insertCoding(connection, TWICE_CODED_CASE, "stage", "c2", "{p}");
                insertCoding(connection, TWICE_CODED_CASE, "value", "c1");
                insertCoding(connection, TWO_CODERS_CASE, "stage", "c2", "{q}");
                insertCoding(connection, TWO_CODERS_CASE, "value", "c1");
                for (String selection : new String[] {"sole", "coder:c1"}) {
                    contribute(connection, selection, SOLE_CASE, "p", "q");
                    insertConfiguration(connection, SOLE_CASE, selection);
                }
                for (String selection : new String[] {"majority", "all", "adjudicated", "coder:c1", "coder:c2"}) {
                    contribute(connection, selection, TWICE_CODED_CASE, "p");
                }
                for (String selection : new String[] {"majority", "adjudicated", "coder:c1", "coder:c2"}) {
                    insertConfiguration(connection, TWICE_CODED_CASE, selection);
                }
                for (String selection : new String[] {"sole", "coder:c2"}) {
                    contribute(connection, selection, TWO_CODERS_CASE, "q");
                }
                for (String selection : new String[] {"sole", "coder:c1", "coder:c2"}) {
                    insertConfiguration(connection, TWO_CODERS_CASE, selection);
                }
                execute(connection, "INSERT INTO case_history (codebook_id, codebook_version, dimension, selection, "
                        + "grouping, group_key, case_id, history) VALUES (?, 1, 'stage', 'sole', 'country', 'TW', ?, "
                        + "'2021:1.0:q')", CODEBOOK, TWO_CODERS_CASE);
            }

            scratch.migrateTo(SOLE_CODER_KEYS);
            try (Connection connection = scratch.connect()) {
                assertThat(strings(connection, "SELECT selection || ' ' || code || ' ' || trim_scale(weight) || ' ' "
                        + "|| cases FROM tally ORDER BY 1")).containsExactly(
                        "adjudicated  1 1", "adjudicated p 1 1", "all  1 1", "all p 1 1",
                        "coder:c1  1 1", "coder:c1 p 1 1", "coder:c2  1 1", "coder:c2 p 1 1",
                        "majority  1 1", "majority p 1 1",
                        "sole:c1  1 1", "sole:c1 p 0.5 1", "sole:c1 q 0.5 1", "sole:c2  1 1", "sole:c2 q 1 1");
                assertThat(strings(connection, "SELECT selection || ' ' || code || ' ' || (case_id = '"
                        + TWICE_CODED_CASE + "') FROM tally_case ORDER BY 1")).containsExactly(
                        "adjudicated  true", "adjudicated p true", "all  true", "all p true",
                        "coder:c1  true", "coder:c1 p true", "coder:c2  true", "coder:c2 p true",
                        "majority  true", "majority p true",
                        "sole:c1  false", "sole:c1 p false", "sole:c1 q false", "sole:c2  false", "sole:c2 q false");
                assertThat(strings(connection, "SELECT selection || ' ' || codes::text || ' ' || "
                        + "(SELECT array_agg(trim_scale(w)) FROM unnest(weights) AS w)::text || ' ' || cases "
                        + "FROM tally_profile ORDER BY 1")).containsExactly(
                        "adjudicated {p} {1} 1", "all {p} {1} 1", "coder:c1 {p} {1} 1", "coder:c2 {p} {1} 1",
                        "majority {p} {1} 1", "sole:c1 {p,q} {0.5,0.5} 1", "sole:c2 {q} {1} 1");
                assertThat(strings(connection, "SELECT grouping || ' ' || selection || ' ' || cases "
                        + "FROM configuration_tally WHERE grouping = 'country' ORDER BY 1")).containsExactly(
                        "country adjudicated 1", "country coder:c1 2", "country coder:c2 2", "country majority 1",
                        "country sole 1", "country sole:c1 1");
                assertThat(strings(connection, "SELECT case_id || ' ' || selection FROM configuration_case "
                        + "WHERE grouping = '' AND case_id <> '" + TWICE_CODED_CASE + "' ORDER BY 1"))
                        .containsExactly(SOLE_CASE + " sole:c1", TWO_CODERS_CASE + " coder:c1",
                                TWO_CODERS_CASE + " coder:c2", TWO_CODERS_CASE + " sole");
                assertThat(count(connection, "SELECT count(*) FROM case_history")).isZero();
                assertThat(count(connection, "SELECT count(*) FROM history_tally_state WHERE NOT complete"))
                        .as("histories to count again").isEqualTo(1);

                assertThat(strings(connection, "SELECT coder FROM codebook_coder ORDER BY 1"))
                        .containsExactly("c1", "c2");
                insertCoding(connection, SOLE_CASE, "stage", "c3");
                insertCoding(connection, SOLE_CASE, "stage", "adjudicated");
                assertThat(strings(connection, "SELECT coder FROM codebook_coder ORDER BY 1"))
                        .as("a new coder is kept as its coding is written, the adjudicator never")
                        .containsExactly("c1", "c2", "c3");
            }
        }
    }

    /**
     * What a unit of 2021's stage in country TW adds under a selection as the service added it before V98: each of
     * its k codes 1/k, the group-year's own row their sum, a case behind each, and its case's profile.
     */
    private static void contribute(Connection connection, String selection, UUID caseId, String... codes)
            throws SQLException {
        String weight = "round(1.0 / " + codes.length + ", 12)";
        for (String code : codes) {
            addToTally(connection, selection, code, weight, caseId);
        }
        addToTally(connection, selection, "", codes.length + " * " + weight, caseId);
        execute(connection, "INSERT INTO tally_profile (codebook_id, codebook_version, dimension, selection, grouping, "
                + "group_key, year, codes, weights, cases) VALUES (?, 1, 'stage', ?, 'country', 'TW', 2021, ?::text[], "
                + "array_fill(" + weight + ", ARRAY [" + codes.length + "]), 1) ON CONFLICT (codebook_id, "
                + "codebook_version, dimension, selection, grouping, group_key, year, codes, weights) "
                + "DO UPDATE SET cases = tally_profile.cases + 1", CODEBOOK, selection,
                "{" + String.join(",", codes) + "}");
    }

    private static void addToTally(Connection connection, String selection, String code, String weight, UUID caseId)
            throws SQLException {
        execute(connection, "INSERT INTO tally (codebook_id, codebook_version, dimension, selection, grouping, "
                + "group_key, year, code, weight, cases) VALUES (?, 1, 'stage', ?, 'country', 'TW', 2021, ?, " + weight
                + ", 1) ON CONFLICT (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, "
                + "code) DO UPDATE SET weight = tally.weight + EXCLUDED.weight, cases = tally.cases + 1",
                CODEBOOK, selection, code);
        execute(connection, "INSERT INTO tally_case (codebook_id, codebook_version, dimension, selection, grouping, "
                + "group_key, code, case_id, year) VALUES (?, 1, 'stage', ?, 'country', 'TW', ?, ?, 2021)",
                CODEBOOK, selection, code, caseId);
    }

    private static void insertConfiguration(Connection connection, UUID caseId, String selection)
            throws SQLException {
        for (String[] group : new String[][] {{"", ""}, {"country", "TW"}}) {
            execute(connection, "INSERT INTO configuration_case (codebook_id, codebook_version, selection, grouping, "
                    + "group_key, year, configuration, case_id) VALUES (?, 1, ?, ?, ?, 2021, 'stage=p;value=x', ?)",
                    CODEBOOK, selection, group[0], group[1], caseId);
        }
    }

    private static void insertCodedCase(Connection connection) throws SQLException {
        insertCodebook(connection);
        insertCase(connection, CASE, "case-a");
        insertCoding(connection, CASE, "stage", "c1");
    }

    private static void insertCodebook(Connection connection) throws SQLException {
        execute(connection, "INSERT INTO codebook (id, slug, latest_version) VALUES (?, 'forest-governance', 1)",
                CODEBOOK);
        execute(connection, "INSERT INTO codebook_version (codebook_id, version, title, dimensions, created_by, "
                + "created_at) VALUES (?, 1, '{\"en\": \"Forest governance\"}', '[{\"id\": \"stage\", \"scale\": "
                + "\"ORDINAL\", \"multiValued\": false}, {\"id\": \"value\", \"scale\": \"NOMINAL\", "
                + "\"multiValued\": false}]', 'curator', '2025-01-01T00:00:00Z')", CODEBOOK);
    }

    private static void insertCase(Connection connection, UUID id, String slug) throws SQLException {
        execute(connection, "INSERT INTO case_projection (id, slug, version, country, institution_ids, programs, title, "
                + "deleted) VALUES (?, ?, 1, 'TW', '{}', '{}', '{\"en\": \"A case\"}', false)", id, slug);
    }

    private static void insertCoding(Connection connection, UUID caseId, String dimension, String coder)
            throws SQLException {
        insertCoding(connection, caseId, dimension, coder, "{x}");
    }

    private static void insertCoding(Connection connection, UUID caseId, String dimension, String coder, String codes)
            throws SQLException {
        execute(connection, "INSERT INTO coding (id, codebook_id, codebook_version, case_id, year, dimension, codes, "
                + "coder, created_by, created_at) VALUES (?, ?, 1, ?, 2021, ?, ?::text[], ?, 'importer', "
                + "'2025-05-31T10:00:00Z')", UUID.randomUUID(), CODEBOOK, caseId, dimension, codes, coder);
    }

    private static List<String> strings(Connection connection, String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rows = statement.executeQuery()) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        }
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
