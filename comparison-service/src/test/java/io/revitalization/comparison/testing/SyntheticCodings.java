package io.revitalization.comparison.testing;

import io.restassured.http.ContentType;
import io.revitalization.testsupport.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Synthetic coded cases written straight into the comparison database, in the shapes the service writes them: case
 * projections with their groups, codings, and the tallies {@code Tallies} and {@code ReliabilityTallies} would have
 * maintained for those codings.
 * Slugs, countries and programs start with {@code synthetic-<tag>-}, institutions are their own and the codings are
 * under a codebook of their own, so synthetic cases stay apart from the seed data and from each other's groups.
 *
 * <p>Case i is in country JP (even i) or TW (odd i) (as {@link #country}), one of 10 programs and 200 institutions,
 * and is coded in year
 * 2021 + i mod 5 and, when that is not after 2025, two years later, on four dimensions: {@code value} and
 * {@code policy} (nominal x, y, z), {@code method} (multi-valued e, f, g) and {@code stage} (ordinal p &lt; m &lt; s
 * &lt; n), by coder {@code synthetic-a}; every tenth case is also coded by {@code synthetic-b}, who disagrees on a
 * fifth of those units. Codes lean differently per country, so the countries differ.
 */
public final class SyntheticCodings {
    public static final String CODER = "synthetic-a";
    public static final String SECOND_CODER = "synthetic-b";
    /** The synthetic codebook's dimensions. */
    public static final List<String> DIMENSIONS = List.of("value", "policy", "method", "stage");

    private final DataSource dataSource;
    private final String tag;
    private final String codebookSlug;
    private final UUID codebookId;

    private SyntheticCodings(DataSource dataSource, String tag, String codebookSlug, UUID codebookId) {
        this.dataSource = dataSource;
        this.tag = tag;
        this.codebookSlug = codebookSlug;
        this.codebookId = codebookId;
    }

    /** Creates the synthetic codebook through the API (an admin's request); no cases yet. */
    public static SyntheticCodings create(DataSource dataSource) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String slug = "synthetic-" + tag;
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of(
                        "slug", slug,
                        "title", Map.of("en", "Synthetic codebook (scale tests)", "zh-TW", "合成資料"),
                        "dimensions", List.of(
                                nominal("value", false, "x", "y", "z"),
                                nominal("policy", false, "x", "y", "z"),
                                nominal("method", true, "e", "f", "g"),
                                Map.of("id", "stage", "label", Map.of("en", "Stage"), "scale", "ORDINAL",
                                        "multiValued", false, "codes", List.of(code("p", 1), code("m", 2),
                                                code("s", 3), code("n", 4))))))
                .post("/api/v1/codebooks")
                .then().statusCode(201)
                .extract().path("id");
        return new SyntheticCodings(dataSource, tag, slug, UUID.fromString(id));
    }

    public String codebookSlug() {
        return codebookSlug;
    }

    public UUID codebookId() {
        return codebookId;
    }

    /** The country group of the synthetic cases of {@code country} (JP or TW). */
    public String country(String country) {
        return prefix() + country;
    }

    /** The slug of synthetic case {@code i}. */
    public String caseSlug(int i) {
        return prefix() + i;
    }

    private String institution() {
        return prefix() + "institution-";
    }

    /** What the slugs, countries and programs of these synthetic cases start with. */
    private String prefix() {
        return "synthetic-" + tag + "-";
    }

    /** Adds cases {@code from} (inclusive) to {@code to} (exclusive) with their codings, then rebuilds the tallies. */
    public void addCases(int from, int to) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            insertCases(connection, from, to, DIMENSIONS);
            rebuildTallies(connection);
            rebuildConfigurations(connection);
            rebuildProfiles(connection);
            rebuildReliabilityCounts(connection);
            execute(connection, "UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1");
            connection.commit();
        }
        analyze();
    }

    /**
     * Only the case projections, their groups and their codings on some of the dimensions, of cases {@code from}
     * (inclusive) to {@code to} (exclusive), in the connection's transaction: no tallies.
     */
    public void insertCases(Connection connection, int from, int to, List<String> dimensions) throws SQLException {
        execute(connection, """
                INSERT INTO case_projection (id, slug, version, country, lead_institution_id, institution_ids,
                                             programs, title, deleted)
                SELECT md5(? || i)::uuid, ? || i, 1, ? || CASE WHEN i % 2 = 0 THEN 'JP' ELSE 'TW' END,
                       md5(? || (i % 200))::uuid, ARRAY[md5(? || (i % 200))::uuid], ARRAY[? || 'program-' || (i % 10)],
                       jsonb_build_object('en', 'Synthetic case ' || i), false
                FROM generate_series(?, ? - 1) AS i""",
                tag, prefix(), prefix(), institution(), institution(), prefix(), from, to);
        execute(connection, """
                INSERT INTO case_group (case_id, grouping, group_key)
                SELECT md5(? || i)::uuid, grouping, group_key
                FROM generate_series(?, ? - 1) AS i,
                     LATERAL (VALUES ('country', ? || CASE WHEN i % 2 = 0 THEN 'JP' ELSE 'TW' END),
                                     ('program', ? || 'program-' || (i % 10)),
                                     ('institution', md5(? || (i % 200))::uuid::text),
                                     ('partnershipPhase', 'none')) AS g (grouping, group_key)""",
                tag, from, to, prefix(), prefix(), institution());
        // the code of case i, year y, dimension d: a hash, leaning towards the first codes in JP
        execute(connection, """
                INSERT INTO coding (id, codebook_id, codebook_version, case_id, year, dimension, codes, coder,
                                    confidence, evidence_source, evidence_locator, evidence_quote, created_by,
                                    created_at)
                SELECT gen_random_uuid(), ?, 1, md5(? || i)::uuid, y, d.dimension,
                       CASE WHEN d.dimension = 'method'
                            THEN (SELECT array_agg(c ORDER BY c) FROM unnest(ARRAY['e', 'f', 'g']) AS c
                                  WHERE c = d.codes[1 + h % 3] OR (h / 3) % 3 = 0 AND c = d.codes[1 + (h / 9) % 3])
                            ELSE ARRAY[d.codes[1 + least(h % (cardinality(d.codes) + 1),
                                                        cardinality(d.codes) - 1 - (i % 2) * (h / 7 % 2))]]
                       END,
                       coder.name, 0.5 + (h % 50) / 100.0, 'synthetic', 'generated',
                       'synthetic quote ' || i || ' ' || y || ' ' || d.dimension, 'synthetic', now()
                FROM generate_series(?, ? - 1) AS i,
                     LATERAL (VALUES (2021 + i % 5), (2023 + i % 5)) AS years (y),
                     LATERAL (VALUES ('value', ARRAY['x', 'y', 'z']), ('policy', ARRAY['x', 'y', 'z']),
                                     ('method', ARRAY['e', 'f', 'g']), ('stage', ARRAY['p', 'm', 's', 'n'])
                             ) AS d (dimension, codes),
                     LATERAL (VALUES (?::text), (CASE WHEN i % 10 = 0 THEN ?::text END)) AS coder (name),
                     LATERAL (SELECT abs(hashtext(i || d.dimension || y
                               || CASE WHEN coder.name = ? AND i % 50 = 0 THEN 'disagree' ELSE '' END)) AS h) AS hash
                WHERE y <= 2025 AND coder.name IS NOT NULL AND d.dimension = ANY (?)""",
                codebookId, tag, from, to, CODER, SECOND_CODER, SECOND_CODER, dimensions.toArray(String[]::new));
    }

    /** Brings the planner's statistics up to date after tables were filled past the service. */
    public void analyze() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "VACUUM ANALYZE");
        }
    }

    /** The ids of cases {@code from} (inclusive) to {@code to} (exclusive). */
    public List<UUID> caseIds(int from, int to) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT md5(? || i)::uuid FROM generate_series(?, ? - 1) AS i")) {
            statement.setString(1, tag);
            statement.setInt(2, from);
            statement.setInt(3, to);
            try (ResultSet rows = statement.executeQuery()) {
                List<UUID> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
                return ids;
            }
        }
    }

    /** Starts a new data version without changing data, so the next read of every comparison is computed afresh. */
    public void bumpDataVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1");
        }
    }

    /**
     * The tallies of the synthetic codebook from its codings, by the rules of {@code Selections.contribution}:
     * majority (the unique most chosen code set, weight 1 split over its codes), all (each of c codings 1/c, split
     * over its codes), adjudicated (no synthetic unit is adjudicated: the majority's) and each coder alone; weights
     * rounded per unit to 12 places as the service rounds them. A unit with one coding is stored under
     * {@code sole:<coder>} instead of majority, all, adjudicated and the coder's own key.
     */
    private void rebuildTallies(Connection connection) throws SQLException {
        execute(connection, "DELETE FROM tally WHERE codebook_id = ?", codebookId);
        execute(connection, "DELETE FROM tally_case WHERE codebook_id = ?", codebookId);
        execute(connection, """
                CREATE TEMPORARY TABLE synthetic_contribution ON COMMIT DROP AS
                WITH codings AS (
                    SELECT case_id, year, dimension, coder, codes,
                           count(*) OVER (PARTITION BY case_id, year, dimension) AS coders
                    FROM coding WHERE codebook_id = ? AND codebook_version = 1),
                code_sets AS (
                    SELECT case_id, year, dimension, codes, count(*) AS votes,
                           max(count(*)) OVER (PARTITION BY case_id, year, dimension) AS top
                    FROM codings GROUP BY case_id, year, dimension, codes),
                majority AS (
                    SELECT case_id, year, dimension, min(codes) AS codes, min(votes) = 1 AS sole
                    FROM code_sets WHERE votes = top GROUP BY case_id, year, dimension HAVING count(*) = 1),
                contributions AS (
                    SELECT 'majority' AS selection, case_id, year, dimension, code,
                           round(1.0 / cardinality(codes), 12) AS weight
                    FROM majority, unnest(codes) AS code WHERE NOT sole
                    UNION ALL
                    SELECT 'adjudicated', case_id, year, dimension, code, round(1.0 / cardinality(codes), 12)
                    FROM majority, unnest(codes) AS code WHERE NOT sole
                    UNION ALL
                    SELECT 'all', case_id, year, dimension, code, sum(round(1.0 / (coders * cardinality(codes)), 12))
                    FROM codings, unnest(codes) AS code WHERE coders > 1 GROUP BY case_id, year, dimension, code
                    UNION ALL
                    SELECT CASE WHEN coders = 1 THEN 'sole:' ELSE 'coder:' END || coder, case_id, year, dimension,
                           code, round(1.0 / cardinality(codes), 12)
                    FROM codings, unnest(codes) AS code)
                SELECT c.selection, c.case_id, c.year, c.dimension, c.code, c.weight, g.grouping, g.group_key
                FROM contributions c JOIN case_group g ON g.case_id = c.case_id
                     AND c.year BETWEEN g.first_year AND g.last_year""", codebookId);
        execute(connection, """
                INSERT INTO tally_case (codebook_id, codebook_version, dimension, selection, grouping, group_key, code,
                                        case_id, year)
                SELECT ?, 1, dimension, selection, grouping, group_key, code, case_id, year FROM synthetic_contribution
                UNION ALL
                SELECT DISTINCT ?, 1, dimension, selection, grouping, group_key, '', case_id, year
                FROM synthetic_contribution""", codebookId, codebookId);
        execute(connection, """
                INSERT INTO tally (codebook_id, codebook_version, dimension, selection, grouping, group_key, year, code,
                                   weight, cases)
                SELECT ?, 1, dimension, selection, grouping, group_key, year, code, sum(weight), count(*)
                FROM synthetic_contribution GROUP BY dimension, selection, grouping, group_key, year, code
                UNION ALL
                SELECT ?, 1, dimension, selection, grouping, group_key, year, '', sum(weight), count(DISTINCT case_id)
                FROM synthetic_contribution GROUP BY dimension, selection, grouping, group_key, year""",
                codebookId, codebookId);
    }

    /**
     * The configuration tallies of the synthetic codebook, as {@code Configurations} keeps them: per selection but
     * all coders, each case-year's resolved codes per dimension (dimensions and codes in id order, separated as
     * {@code CaseConfiguration} separates them), counted in each group of the year and under group ''; a case-year
     * coded once on each dimension, by one coder, under {@code sole:<coder>} instead of majority, adjudicated and the
     * coder's own key (no synthetic case-year is coded once on each dimension by two coders: b codes beside a).
     */
    private void rebuildConfigurations(Connection connection) throws SQLException {
        execute(connection, "DELETE FROM configuration_tally WHERE codebook_id = ?", codebookId);
        execute(connection, "DELETE FROM configuration_case WHERE codebook_id = ?", codebookId);
        execute(connection, """
                CREATE TEMPORARY TABLE synthetic_configuration ON COMMIT DROP AS
                WITH codings AS (
                    SELECT case_id, year, dimension, coder, codes FROM coding
                    WHERE codebook_id = ? AND codebook_version = 1),
                code_sets AS (
                    SELECT case_id, year, dimension, codes, count(*) AS votes,
                           max(count(*)) OVER (PARTITION BY case_id, year, dimension) AS top
                    FROM codings GROUP BY case_id, year, dimension, codes),
                majority AS (
                    SELECT case_id, year, dimension, min(codes) AS codes
                    FROM code_sets WHERE votes = top GROUP BY case_id, year, dimension HAVING count(*) = 1),
                sole AS (
                    SELECT case_id, year, min(coder) AS coder FROM codings GROUP BY case_id, year
                    HAVING count(*) = count(DISTINCT dimension) AND count(DISTINCT coder) = 1),
                resolved AS (
                    SELECT shared.selection, m.case_id, m.year, m.dimension, m.codes
                    FROM majority m, unnest(ARRAY ['majority', 'adjudicated']) AS shared(selection)
                    WHERE NOT EXISTS (SELECT 1 FROM sole s WHERE s.case_id = m.case_id AND s.year = m.year)
                    UNION ALL
                    SELECT coalesce('sole:' || s.coder, 'coder:' || c.coder), c.case_id, c.year, c.dimension, c.codes
                    FROM codings c LEFT JOIN sole s ON s.case_id = c.case_id AND s.year = c.year),
                configurations AS (
                    SELECT selection, case_id, year,
                           string_agg(dimension || chr(31) || array_to_string(ARRAY(
                                   SELECT DISTINCT c COLLATE "C" FROM unnest(codes) AS c ORDER BY 1), chr(31)),
                               chr(30) ORDER BY dimension COLLATE "C") AS configuration
                    FROM resolved GROUP BY selection, case_id, year)
                SELECT c.selection, c.case_id, c.year, c.configuration, g.grouping, g.group_key
                FROM configurations c JOIN case_group g ON g.case_id = c.case_id
                     AND c.year BETWEEN g.first_year AND g.last_year
                UNION ALL
                SELECT selection, case_id, year, configuration, '', '' FROM configurations""", codebookId);
        execute(connection, """
                INSERT INTO configuration_case (codebook_id, codebook_version, selection, grouping, group_key, year,
                                                configuration, case_id)
                SELECT ?, 1, selection, grouping, group_key, year, configuration, case_id
                FROM synthetic_configuration""", codebookId);
        execute(connection, """
                INSERT INTO configuration_tally (codebook_id, codebook_version, selection, grouping, group_key, year,
                                                 configuration, cases)
                SELECT ?, 1, selection, grouping, group_key, year, configuration, count(*)
                FROM synthetic_configuration GROUP BY selection, grouping, group_key, year, configuration""",
                codebookId);
    }

    /** The case profiles of the synthetic codebook from its tallies and codings, as V70 fills them. */
    private void rebuildProfiles(Connection connection) throws SQLException {
        execute(connection, "DELETE FROM tally_profile WHERE codebook_id = ?", codebookId);
        execute(connection, """
                WITH resolved AS (
                    SELECT codebook_id, codebook_version, dimension, selection, grouping, group_key, year, case_id,
                           array_agg(code ORDER BY code COLLATE "C") AS codes
                    FROM tally_case
                    WHERE code <> '' AND selection <> 'all' AND codebook_id = ?
                    GROUP BY codebook_id, codebook_version, dimension, selection, grouping, group_key, year, case_id)
                INSERT INTO tally_profile (codebook_id, codebook_version, dimension, selection, grouping, group_key,
                                           year, codes, weights, cases)
                SELECT codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes,
                       array_fill(round(1.0 / cardinality(codes), 12), ARRAY [cardinality(codes)]), count(*)
                FROM resolved
                GROUP BY codebook_id, codebook_version, dimension, selection, grouping, group_key, year, codes""",
                codebookId);
        execute(connection, """
                WITH codings AS (
                    SELECT u.dimension, u.grouping, u.group_key, u.year, u.case_id, c.codes AS coded,
                           count(*) OVER (PARTITION BY u.dimension, u.grouping, u.group_key, u.year, u.case_id)
                               AS coders
                    FROM tally_case u
                         JOIN coding c ON c.codebook_id = u.codebook_id AND c.codebook_version = u.codebook_version
                          AND c.dimension = u.dimension AND c.case_id = u.case_id AND c.year = u.year
                    WHERE u.codebook_id = ? AND u.selection = 'all' AND u.code = ''),
                weighted AS (
                    SELECT dimension, grouping, group_key, year, case_id, code,
                           round(sum(1.0 / (coders * cardinality(coded))), 12) AS weight
                    FROM codings, unnest(coded) AS code
                    GROUP BY dimension, grouping, group_key, year, case_id, code),
                profiles AS (
                    SELECT dimension, grouping, group_key, year, case_id,
                           array_agg(code ORDER BY code COLLATE "C") AS codes,
                           array_agg(weight ORDER BY code COLLATE "C") AS weights
                    FROM weighted GROUP BY dimension, grouping, group_key, year, case_id)
                INSERT INTO tally_profile (codebook_id, codebook_version, dimension, selection, grouping, group_key,
                                           year, codes, weights, cases)
                SELECT ?, 1, dimension, 'all', grouping, group_key, year, codes, weights, count(*)
                FROM profiles GROUP BY dimension, grouping, group_key, year, codes, weights""",
                codebookId, codebookId);
    }

    /** The reliability counts of the synthetic codebook from its codings, as V53 fills them. */
    private void rebuildReliabilityCounts(Connection connection) throws SQLException {
        execute(connection, "DELETE FROM reliability_coincidence WHERE codebook_id = ?", codebookId);
        execute(connection, "DELETE FROM reliability_coder_pair WHERE codebook_id = ?", codebookId);
        execute(connection, """
                WITH live AS (
                    SELECT c.codebook_id, c.codebook_version, c.dimension, c.case_id, c.year, c.coder, c.codes,
                           count(*) OVER (PARTITION BY c.codebook_version, c.dimension, c.case_id, c.year) AS coders
                    FROM coding c JOIN case_projection p ON p.id = c.case_id
                    WHERE NOT p.deleted AND c.codebook_id = ?)
                INSERT INTO reliability_coincidence (codebook_id, codebook_version, dimension, year, pairable,
                                                     first_codes, second_codes, pairs)
                SELECT a.codebook_id, a.codebook_version, a.dimension, a.year, a.coders, a.codes, b.codes, count(*)
                FROM live a JOIN live b USING (codebook_id, codebook_version, dimension, case_id, year)
                WHERE a.coder <> b.coder
                GROUP BY a.codebook_id, a.codebook_version, a.dimension, a.year, a.coders, a.codes, b.codes""",
                codebookId);
        execute(connection, """
                INSERT INTO reliability_coder_pair (codebook_id, codebook_version, dimension, year, first_coder,
                                                    second_coder, units, agreements)
                SELECT a.codebook_id, a.codebook_version, a.dimension, a.year, a.coder, b.coder, count(*),
                       count(*) FILTER (WHERE a.codes = b.codes)
                FROM coding a JOIN coding b USING (codebook_id, codebook_version, dimension, case_id, year)
                     JOIN case_projection p ON p.id = a.case_id
                WHERE NOT p.deleted AND a.codebook_id = ?
                GROUP BY a.codebook_id, a.codebook_version, a.dimension, a.year, a.coder, b.coder""", codebookId);
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }

    private static Map<String, Object> nominal(String id, boolean multiValued, String... codes) {
        return Map.of("id", id, "label", Map.of("en", id), "scale", "NOMINAL", "multiValued", multiValued,
                "codes", List.of(codes).stream().map(code -> Map.of("id", code, "label", Map.of("en", code))).toList());
    }

    private static Map<String, Object> code(String id, int order) {
        return Map.of("id", id, "label", Map.of("en", id), "order", order);
    }
}
