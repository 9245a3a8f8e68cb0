package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.revitalization.comparison.testing.CodebookRows;
import io.revitalization.comparison.testing.CodingRecord;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.testsupport.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;
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

/**
 * Codings posted at the same moment without an Idempotency-Key share a transaction ({@code CodingGroupWrites});
 * each is answered as if posted alone (201, 409 for a coder's second coding of a unit, 400 for a code the dimension
 * does not have), and together they leave the tallies of the same codings posted one after the other, each in its
 * own transaction (with an Idempotency-Key).
 */
@QuarkusTest
class CodingGroupCommitTest {
    private static final String[] CODERS = {"c1", "c2", "c3"};

    @Inject
    DataSource dataSource;

    @Test
    void codingsPostedAtOnceLeaveTheTalliesOfCodingsPostedOneAfterTheOther() throws Exception {
        String together = Fixtures.codebook();
        String alone = Fixtures.codebook();
        List<CodingRecord> records = new ArrayList<>();
        Random random = new Random(31);
        for (int i = 0; i < 5; i++) {
            TestCase known = Fixtures.knownCase(Fixtures.unique(i % 2 == 0 ? "GA" : "GB"), List.of("P" + i % 3),
                    UUID.randomUUID());
            for (String coder : CODERS) {
                records.add(new CodingRecord(known, 2021, "value", coder, List.of(List.of("x", "y").get(random.nextInt(2)))));
                records.add(new CodingRecord(known, 2021 + random.nextInt(2), "method", coder,
                        random.nextBoolean() ? List.of("e") : List.of("e", "f")));
            }
        }
        Collections.shuffle(records, random);
        CodingRecord repeated = records.get(0);
        List<Map<String, Object>> posted = new ArrayList<>(records.stream().map(record -> record.body(together)).toList());
        posted.add(repeated.body(together));
        posted.add(new CodingRecord(repeated.known(), repeated.year(), "value", "c9", List.of("nope")).body(together));

        List<Integer> statuses = postAtOnce(posted);

        // the coding and its repeat race: whichever is written first is created, the other refused
        assertThat(List.of(statuses.get(0), statuses.get(records.size()))).containsExactlyInAnyOrder(201, 409);
        assertThat(statuses.subList(1, records.size())).containsOnly(201);
        assertThat(statuses.get(records.size() + 1)).isEqualTo(400);
        for (CodingRecord record : records) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(record.body(alone)).post("/api/v1/codings").then().statusCode(201);
        }
        assertSameTallies(together, alone);
    }

    /** Statuses in the order of the bodies, the requests sent from several threads at once. */
    private static List<Integer> postAtOnce(List<Map<String, Object>> bodies) throws Exception {
        ExecutorService posting = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Map<String, Object> body : bodies) {
                answers.add(posting.submit(() -> given().auth().oauth2(TestTokens.admin())
                        .contentType(ContentType.JSON).body(body).post("/api/v1/codings").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            posting.shutdownNow();
        }
    }

    private void assertSameTallies(String codebook, String expected) throws SQLException {
        for (String table : CodebookRows.DERIVED) {
            List<String> posted = CodebookRows.of(dataSource, table, codebook);
            assertThat(posted).as(table).isNotEmpty();
            assertThat(posted).as(table).isEqualTo(CodebookRows.of(dataSource, table, expected));
        }
    }
}
