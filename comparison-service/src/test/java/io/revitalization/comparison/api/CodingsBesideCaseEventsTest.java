package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.revitalization.comparison.testing.CodebookRows;
import io.revitalization.comparison.testing.CodingRecord;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.events.EventTypes;
import io.revitalization.testsupport.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Codings of cases whose events move them between groups meanwhile: codings and case events are written side by
 * side (each case's changes locked alone), yet once every event is applied the derived tables hold what the same
 * codings posted one by one to the cases as they finally stand hold.
 */
@QuarkusTest
class CodingsBesideCaseEventsTest {
    private static final String[] CODERS = {"c1", "c2", "c3"};

    @Inject
    DataSource dataSource;

    @Test
    void codingsWrittenWhileTheirCasesMoveLeaveTheTalliesOfTheCasesAsTheyFinallyStand() throws Exception {
        String together = Fixtures.codebook();
        String alone = Fixtures.codebook();
        String first = Fixtures.unique("GA");
        String second = Fixtures.unique("GB");
        Random random = new Random(47);
        List<TestCase> cases = new ArrayList<>();
        List<CodingRecord> records = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TestCase known = Fixtures.knownCase(i % 2 == 0 ? first : second, List.of("P" + i % 3), UUID.randomUUID());
            cases.add(known);
            for (String coder : CODERS) {
                records.add(new CodingRecord(known, 2021, "value", coder, List.of(List.of("x", "y").get(random.nextInt(2)))));
                records.add(new CodingRecord(known, 2021 + random.nextInt(2), "method", coder,
                        random.nextBoolean() ? List.of("e") : List.of("e", "f")));
            }
        }
        Collections.shuffle(records, random);

        ExecutorService posting = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < records.size(); i++) {
                Map<String, Object> body = records.get(i).body(together);
                answers.add(posting.submit(() -> given().auth().oauth2(TestTokens.admin())
                        .contentType(ContentType.JSON).body(body).post("/api/v1/codings").statusCode()));
                if (i % 6 == 5) {
                    moveEveryCase(cases, 2 + i / 6, first, second);
                }
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            posting.shutdownNow();
        }
        int last = 2 + (records.size() - 1) / 6;
        List<String> ids = cases.stream().map(known -> known.id().toString()).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> casesAt(ids, last) == cases.size());

        for (CodingRecord record : records) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(record.body(alone)).post("/api/v1/codings").then().statusCode(201);
        }
        for (String table : CodebookRows.DERIVED) {
            List<String> written = CodebookRows.of(dataSource, table, together);
            assertThat(written).as(table).isNotEmpty();
            assertThat(written).as(table).isEqualTo(CodebookRows.of(dataSource, table, alone));
        }
    }

    /** Publishes a new version of every case, each in one of the two countries and one or two programs. */
    private static void moveEveryCase(List<TestCase> cases, long version, String first, String second) {
        for (int i = 0; i < cases.size(); i++) {
            boolean flip = (i + version) % 2 == 0;
            TestCase moved = cases.get(i).at(version, Map.of("country", flip ? first : second,
                    "programs", (flip ? List.of("P" + i % 3, "Q") : List.of("P" + version % 3)).stream()
                            .map(program -> Map.of("program", program)).toList()));
            cases.set(i, moved);
            Fixtures.publish(EventTypes.CASE_UPDATED, moved.id(), moved.state());
        }
    }

    private long casesAt(List<String> ids, long version) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM case_projection WHERE id = ANY (CAST(? AS uuid[])) AND version = ?")) {
            statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
            statement.setLong(2, version);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
