package io.revitalization.comparison.readmodel;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.events.EventTypes;
import io.revitalization.testsupport.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case profiles the service keeps coding by coding (several coders, multi-valued codes, a coding replaced and
 * one deleted, a case moving to another country) are exactly those V70 computes from the tallies' cases and the
 * codings at once: incremental upkeep and the migration's fill agree row for row.
 */
@QuarkusTest
class ProfileTalliesTest {
    @Inject
    DataSource dataSource;

    @Test
    void keptProfilesEqualProfilesComputedFromTheCodings() throws Exception {
        String codebook = Fixtures.codebook();
        String countryA = Fixtures.unique("PA");
        String countryB = Fixtures.unique("PB");
        TestCase first = Fixtures.knownCase(countryA, List.of("P"), UUID.randomUUID());
        TestCase second = Fixtures.knownCase(countryA, List.of("P"), UUID.randomUUID());
        TestCase third = Fixtures.knownCase(countryB, List.of("P"), UUID.randomUUID());
        Fixtures.coding(codebook, first, 2022, "method", "c1", "e", "f");
        Fixtures.coding(codebook, first, 2022, "method", "c2", "e");
        String replaced = Fixtures.coding(codebook, first, 2022, "method", "c3", "e", "f", "g");
        Fixtures.coding(codebook, second, 2022, "method", "c1", "e");
        Fixtures.coding(codebook, second, 2022, "method", "c2", "f");
        Fixtures.coding(codebook, second, 2023, "stage", "c1", "m");
        Fixtures.coding(codebook, third, 2022, "method", "c1", "f", "g");
        Fixtures.coding(codebook, third, 2022, "method", "c2", "f", "g");
        String deleted = Fixtures.coding(codebook, third, 2022, "method", "c3", "e");
        given().auth().oauth2(TestTokens.curator()).delete("/api/v1/codings/" + deleted).then().statusCode(204);
        given().auth().oauth2(TestTokens.curator()).delete("/api/v1/codings/" + replaced).then().statusCode(204);
        Fixtures.coding(codebook, first, 2022, "method", "c3", "g");
        Fixtures.publish(EventTypes.CASE_UPDATED, second.id(), second.at(2, Map.of("country", countryB)).state());
        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParams(Map.of("codebook", codebook,
                        "dimension", "method", "groups", countryB, "from", "2022", "to", "2022", "consensus", "all"))
                .get("/api/v1/comparisons/distributions").jsonPath().getInt("groups[0].years[0].distribution.n") == 2);

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<String> kept = profiles(connection, "tally_profile", codebook);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMPORARY TABLE expected_profile (LIKE tally_profile) ON COMMIT DROP");
                statement.execute(fill().replace("tally_profile", "expected_profile"));
            }
            List<String> computed = profiles(connection, "expected_profile", codebook);
            connection.rollback();

            assertThat(kept).isNotEmpty().isEqualTo(computed);
            assertThat(kept).anyMatch(row -> row.contains("all|") && row.contains("0.333333333333"));
        }
    }

    /** V70's statements after its CREATE TABLE: the fill from the tallies' cases and the codings. */
    private static String fill() throws IOException {
        try (InputStream migration = ProfileTalliesTest.class.getResourceAsStream(
                "/db/migration/V70__tally_profiles.sql")) {
            String text = new String(migration.readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(text.indexOf(");", text.indexOf("CREATE TABLE")) + 2);
        }
    }

    private static List<String> profiles(Connection connection, String table, String codebook) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT t.dimension || '|' || t.selection || '|' || t.group_key || '|' || t.year || '|'
                       || t.codes::text || '|' || t.weights::text || '|' || t.cases
                FROM %s t JOIN codebook c ON c.id = t.codebook_id WHERE c.slug = ? ORDER BY 1""".formatted(table))) {
            statement.setString(1, codebook);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(rows.getString(1));
                }
                return result;
            }
        }
    }
}
