package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.revitalization.comparison.app.coding.CodingImportService;
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
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/**
 * An import writes a chunk's codings and tallies together (each unit once, the tallies' changes summed over the
 * chunk); posting the same codings one by one is the straightforward way. Both, each under a codebook of its own
 * on the same cases, leave the same tallies, cases behind them, reliability counts, case profiles and truth-table
 * configurations, whether a unit is coded for the first time or again (a second round of coders changing
 * majorities and configurations).
 */
@QuarkusTest
class CodingImportTalliesTest {
    private static final String[] CODERS = {"c1", "c2", "c3"};

    @Inject
    DataSource dataSource;

    @Test
    void importedCodingsLeaveTheTalliesOfCodingsPostedOneByOne() throws SQLException {
        String imported = Fixtures.codebook();
        String posted = Fixtures.codebook();
        List<TestCase> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cases.add(Fixtures.knownCase(Fixtures.unique(i % 2 == 0 ? "IA" : "IB"), List.of("P" + i % 3),
                    UUID.randomUUID()));
        }
        Random random = new Random(21);
        List<CodingRecord> firstRound = new ArrayList<>();
        List<CodingRecord> secondRound = new ArrayList<>();
        for (TestCase known : cases) {
            for (int year = 2021; year <= 2022; year++) {
                for (String coder : CODERS) {
                    (random.nextInt(3) == 0 ? secondRound : firstRound).add(new CodingRecord(known, year, "value", coder,
                            List.of(List.of("x", "y", "z").get(random.nextInt(2)))));
                    (random.nextInt(3) == 0 ? secondRound : firstRound).add(new CodingRecord(known, year, "method", coder,
                            random.nextBoolean() ? List.of("e") : List.of("e", "f")));
                }
            }
        }
        for (List<CodingRecord> round : List.of(firstRound, secondRound)) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(round.stream().map(record -> record.body(imported)).toList())
                    .post("/api/v1/codings/import")
                    .then().statusCode(200).body("created", equalTo(round.size()));
            round.forEach(record -> given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(record.body(posted)).post("/api/v1/codings").then().statusCode(201));
        }

        assertSameTallies(imported, posted);
    }

    /**
     * Codings imported and then partly deleted leave the tallies of importing only the rest: what each deleted
     * coding gave (weights, cases behind tallies, profiles, configurations, histories) is taken back, and what it
     * alone held disappears, as if it had never been coded.
     */
    @Test
    void deletedCodingsLeaveTheTalliesOfTheRest() throws SQLException {
        String imported = Fixtures.codebook();
        String rest = Fixtures.codebook();
        Random random = new Random(22);
        List<CodingRecord> records = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TestCase known = Fixtures.knownCase(Fixtures.unique(i % 2 == 0 ? "DA" : "DB"), List.of("P" + i % 3),
                    UUID.randomUUID());
            for (String coder : CODERS) {
                records.add(new CodingRecord(known, 2021, "value", coder, List.of(List.of("x", "y").get(random.nextInt(2)))));
                records.add(new CodingRecord(known, 2021 + random.nextInt(2), "method", coder,
                        random.nextBoolean() ? List.of("e") : List.of("e", "f")));
            }
        }
        importAll(imported, records);
        List<CodingRecord> kept = new ArrayList<>();
        for (CodingRecord record : records) {
            if (random.nextInt(3) > 0) {
                kept.add(record);
                continue;
            }
            String id = given().auth().oauth2(TestTokens.admin()).queryParam("codebook", imported)
                    .queryParam("case", record.known().slug()).queryParam("year", record.year())
                    .queryParam("dimension", record.dimension()).queryParam("coder", record.coder())
                    .get("/api/v1/codings").then().statusCode(200).body("items.size()", equalTo(1))
                    .extract().path("items[0].id");
            given().auth().oauth2(TestTokens.admin()).delete("/api/v1/codings/" + id).then().statusCode(204);
        }
        assertThat(kept).hasSizeLessThan(records.size());
        importAll(rest, kept);

        assertSameTallies(imported, rest);
    }

    /**
     * An import of several chunks writes them side by side, each locking its cases before the next begins: records
     * of one unit in different chunks are still checked in their order (the later one unchanged when it repeats the
     * codes, refused when it changes them), and the tallies are those of the same records imported one chunk at a
     * time.
     */
    @Test
    void chunksWrittenSideBySideKeepTheRecordsOrderAndLeaveTheTalliesOfOneChunkAtATime() throws SQLException {
        String together = Fixtures.codebook();
        String oneChunkAtATime = Fixtures.codebook();
        List<TestCase> cases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cases.add(Fixtures.knownCase(Fixtures.unique(i % 2 == 0 ? "PA" : "PB"), List.of("P" + i % 3),
                    UUID.randomUUID()));
        }
        Random random = new Random(23);
        List<CodingRecord> records = new ArrayList<>();
        for (TestCase known : cases) {
            for (int year = 2001; year <= 2025; year++) {
                for (String coder : CODERS) {
                    records.add(new CodingRecord(known, year, "value", coder,
                            List.of(List.of("x", "y", "z").get(random.nextInt(3)))));
                    records.add(new CodingRecord(known, year, "method", coder,
                            random.nextBoolean() ? List.of("e") : List.of("e", "f")));
                }
            }
        }
        Collections.shuffle(records, random);
        int firstChunk = CodingImportService.CHUNK_SIZE;
        List<CodingRecord> body = new ArrayList<>(records);
        List<Integer> refused = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CodingRecord first = records.get(random.nextInt(firstChunk));
            List<String> codes = i % 2 == 0 ? first.codes() : first.dimension().equals("value")
                    ? List.of(first.codes().get(0).equals("x") ? "y" : "x")
                    : List.of(first.codes().size() == 1 ? "f" : "e");
            body.add(firstChunk + random.nextInt(body.size() - firstChunk),
                    new CodingRecord(first.known(), first.year(), first.dimension(), first.coder(), codes));
        }
        for (int i = firstChunk; i < body.size(); i++) {
            CodingRecord again = body.get(i);
            boolean repeated = body.subList(0, firstChunk).stream().anyMatch(earlier -> sameUnitAndCoder(earlier, again));
            if (repeated && body.subList(0, firstChunk).stream()
                    .noneMatch(earlier -> sameUnitAndCoder(earlier, again) && earlier.codes().equals(again.codes()))) {
                refused.add(i);
            }
        }
        assertThat(body).hasSizeGreaterThan(3 * CodingImportService.CHUNK_SIZE);
        assertThat(refused).isNotEmpty().hasSizeLessThan(20);

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(body.stream().map(record -> record.body(together)).toList())
                .post("/api/v1/codings/import")
                .then().statusCode(200)
                .body("received", equalTo(body.size()))
                .body("created", equalTo(records.size()))
                .body("unchanged", equalTo(20 - refused.size()))
                .body("rejections.index", equalTo(refused))
                .body("rejections.errors.flatten().field", everyItem(equalTo("coder")));
        for (int from = 0; from < records.size(); from += CodingImportService.CHUNK_SIZE) {
            importAll(oneChunkAtATime, records.subList(from, Math.min(from + CodingImportService.CHUNK_SIZE,
                    records.size())));
        }

        assertSameTallies(together, oneChunkAtATime);
    }

    private static boolean sameUnitAndCoder(CodingRecord one, CodingRecord other) {
        return one.known().equals(other.known()) && one.year() == other.year()
                && one.dimension().equals(other.dimension()) && one.coder().equals(other.coder());
    }

    private static void importAll(String codebook, List<CodingRecord> records) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(records.stream().map(record -> record.body(codebook)).toList())
                .post("/api/v1/codings/import")
                .then().statusCode(200).body("created", equalTo(records.size()));
    }

    private void assertSameTallies(String codebook, String expected) throws SQLException {
        for (String table : CodebookRows.DERIVED) {
            List<String> ofImport = rows(table, codebook);
            assertThat(ofImport).as(table).isNotEmpty();
            assertThat(ofImport).as(table).isEqualTo(rows(table, expected));
        }
    }

    private List<String> rows(String select, String codebook) throws SQLException {
        return CodebookRows.of(dataSource, select, codebook);
    }
}
