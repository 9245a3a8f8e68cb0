package io.revitalization.comparison.scale;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The summary's live cases per country are kept by triggers on the case projection; whatever is inserted, moved to
 * another country, deleted, revived or removed, one row or many per statement, they equal a count of the live cases.
 */
@QuarkusTest
class LiveCaseCountTest {
    private static final String DIRECT = """
            SELECT coalesce(country, ''), count(*) FROM case_projection WHERE NOT deleted
            GROUP BY coalesce(country, '') ORDER BY 1""";
    private static final String KEPT = "SELECT country, cases FROM live_cases_by_country ORDER BY country";

    @Inject
    DataSource dataSource;

    @Test
    void keptCountsEqualCountedCasesAfterRandomChanges() throws SQLException {
        Random random = new Random(7);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String[] countries = {"A-" + tag, "B-" + tag, "C-" + tag, null};
        try (Connection connection = dataSource.getConnection()) {
            for (int step = 0; step < 60; step++) {
                int first = random.nextInt(40);
                int count = 1 + random.nextInt(5);
                String country = countries[random.nextInt(countries.length)];
                switch (random.nextInt(5)) {
                    case 0, 1 -> execute(connection, """
                            INSERT INTO case_projection (id, slug, version, country, institution_ids, programs, deleted)
                            SELECT md5(? || i)::uuid, NULL, 1, CAST(? AS text), '{}', '{}', false FROM generate_series(?, ?) AS i
                            ON CONFLICT (id) DO NOTHING""", tag, country, first, first + count);
                    case 2 -> execute(connection, "UPDATE case_projection SET country = CAST(? AS text) WHERE id IN ("
                            + "SELECT md5(? || i)::uuid FROM generate_series(?, ?) AS i)", country, tag, first, first + count);
                    case 3 -> execute(connection, "UPDATE case_projection SET deleted = NOT deleted WHERE id IN ("
                            + "SELECT md5(? || i)::uuid FROM generate_series(?, ?) AS i)", tag, first, first + count);
                    default -> execute(connection, "DELETE FROM case_projection WHERE id IN ("
                            + "SELECT md5(? || i)::uuid FROM generate_series(?, ?) AS i)", tag, first, first + count);
                }
                assertKeptCountsMatch(connection, "after step " + step);
            }
            execute(connection, "DELETE FROM case_projection WHERE id IN ("
                    + "SELECT md5(? || i)::uuid FROM generate_series(0, 50) AS i)", tag);
            assertKeptCountsMatch(connection, "after removing every test case");
        }
    }

    /** Eventually, because cases published by other tests may still be arriving between the two reads. */
    @Test
    void summaryReportsTheLiveCasesPerCountry() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Long> counted;
            try (Connection connection = dataSource.getConnection()) {
                counted = counts(connection, DIRECT);
            }
            Map<String, Object> reported = given().get("/api/v1/comparisons/summary").then().statusCode(200)
                    .extract().path("casesByCountry");
            Map<String, Long> reportedCounts = new TreeMap<>();
            reported.forEach((country, cases) -> reportedCounts.put(country, ((Number) cases).longValue()));
            assertThat(reportedCounts).isEqualTo(counted);
        });
    }

    /** Both counts read in one snapshot, so a concurrent projection update cannot tell them apart. */
    private static void assertKeptCountsMatch(Connection connection, String when) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            assertThat(counts(connection, KEPT)).as(when).isEqualTo(counts(connection, DIRECT));
        } finally {
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    private static Map<String, Long> counts(Connection connection, String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
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
