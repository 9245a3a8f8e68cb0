package io.revitalization.comparison.readmodel;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.app.readmodel.CaseHistoryBackfill;
import io.revitalization.comparison.testing.CodebookRows;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.events.EventTypes;
import io.revitalization.testsupport.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case histories kept change by change (codings, a regrouping, a deletion) are those counted afresh; a database
 * whose codings were stored before them (V80) counts its cases once: until then the thesis is computed from the
 * codings, with the same answer, and afterwards the histories are those the changes kept.
 */
@QuarkusTest
class CaseHistoryBackfillTest {
    private static final String HISTORIES = "SELECT dimension, selection, grouping, group_key, case_id::text, history "
            + "FROM case_history";
    private static final String TALLIES = "SELECT dimension, selection, grouping, group_key, history, cases "
            + "FROM history_tally";

    @Inject
    DataSource dataSource;

    @Inject
    CaseHistoryBackfill backfill;

    @Test
    void casesCodedBeforeTheHistoriesAreCountedOnceAndReadAlike() throws SQLException {
        String codebook = Fixtures.codebook();
        String a = Fixtures.unique("HA");
        String b = Fixtures.unique("HB");
        String[] stages = {"p", "m", "s", "n"};
        List<TestCase> cases = new ArrayList<>();
        List<String> firstCodings = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            TestCase known = Fixtures.knownCase(i % 2 == 0 ? a : b, List.of("P" + i % 3), UUID.randomUUID());
            cases.add(known);
            firstCodings.add(Fixtures.coding(codebook, known, 2021, "stage", "c1", stages[i % 3]));
            Fixtures.coding(codebook, known, 2021 + 1 + i % 3, "stage", "c1", stages[1 + i % 3]);
            Fixtures.coding(codebook, known, 2021, "value", "c2", "x");
        }
        // the histories follow a coding replaced, a case moving to the other group and a case deleted
        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/codings/" + firstCodings.get(0))
                .then().statusCode(204);
        Fixtures.coding(codebook, cases.get(0), 2021, "stage", "c1", "n");
        TestCase moved = cases.get(2);
        Fixtures.publish(EventTypes.CASE_UPDATED, moved.id(), moved.at(2, Map.of("country", b)).state());
        TestCase deleted = cases.get(3);
        Fixtures.publish(EventTypes.CASE_DELETED, deleted.id(), deleted.at(2, Map.of("deleted", true)).state());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows(HISTORIES, codebook))
                .noneMatch(row -> row.contains(deleted.id().toString()))
                .noneMatch(row -> row.contains(moved.id().toString()) && row.contains("\"" + a + "\"")));
        List<String> histories = rows(HISTORIES, codebook);
        List<String> tallies = rows(TALLIES, codebook);
        assertThat(histories).isNotEmpty();
        String thesis = thesis(codebook, a, b);

        execute("DELETE FROM case_history WHERE codebook_id = (SELECT id FROM codebook WHERE slug = ?)", codebook);
        execute("DELETE FROM history_tally WHERE codebook_id = (SELECT id FROM codebook WHERE slug = ?)", codebook);
        execute("UPDATE history_tally_state SET complete = false WHERE id = ?", 1);
        assertThat(thesis(codebook, a, b)).as("computed from the codings").isEqualTo(thesis);

        backfill.countAll();
        assertThat(rows(HISTORIES, codebook)).isEqualTo(histories);
        assertThat(rows(TALLIES, codebook)).isEqualTo(tallies);
        assertThat(rows("SELECT complete::text FROM history_tally_state WHERE id = 1 AND ? IS NOT NULL", codebook))
                .containsExactly("{\"complete\":\"true\"}");
        assertThat(thesis(codebook, a, b)).as("read from the histories").isEqualTo(thesis);
    }

    /** The direction of the thesis of a codebook, computed afresh (in a new data version). */
    private String thesis(String codebook, String a, String b) throws SQLException {
        execute("UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = ?", 1);
        return given().queryParam("codebook", codebook).queryParam("dimension", "stage").queryParam("a", a)
                .queryParam("b", b).queryParam("minCases", 2)
                .get("/api/v1/comparisons/thesis").then().statusCode(200).extract().jsonPath()
                .getMap("dimensions[0].direction").toString();
    }

    private void execute(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        }
    }

    private List<String> rows(String select, String codebook) throws SQLException {
        return CodebookRows.of(dataSource, select, codebook);
    }
}
