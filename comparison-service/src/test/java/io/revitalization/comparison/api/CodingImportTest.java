package io.revitalization.comparison.api;

import io.revitalization.comparison.testing.Fixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Bulk import of codings: good records stored with their tallies, each bad one reported, a second run a no-op. */
@QuarkusTest
class CodingImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> coding(String codebook, TestCase known, int year, String coder, String code) {
        return new HashMap<>(Map.of("codebook", codebook, "codebookVersion", 1, "case", known.slug(), "year", year,
                "dimension", "value", "codes", List.of(code), "coder", coder));
    }

    private static Map<String, Object> distributionQuery(String codebook, String country) {
        return Map.of("codebook", codebook, "dimension", "value", "groups", country);
    }

    @Test
    void goodCodingsReachTheComparisonAndEachBadOneIsReportedWithItsReasons() {
        String codebook = Fixtures.codebook();
        String country = Fixtures.unique("I");
        TestCase first = Fixtures.knownCase(country, List.of("P"), UUID.randomUUID());
        TestCase second = Fixtures.knownCase(country, List.of("P"), UUID.randomUUID());
        String etag = given().queryParams(distributionQuery(codebook, country)).get("/api/v1/comparisons/distributions")
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> unknownCode = coding(codebook, first, 2022, "c2", "no-such-code");
        Map<String, Object> yearOutOfRange = coding(codebook, first, 1800, "c3", "x");
        Map<String, Object> unknownCase = coding(codebook, first, 2022, "c4", "x");
        unknownCase.put("case", "no-such-case");
        List<Object> records = List.of(coding(codebook, first, 2022, "c1", "x"), unknownCode,
                coding(codebook, second, 2022, "c1", "y"), yearOutOfRange, "not a coding", unknownCase);

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(records)
                .post("/api/v1/codings/import")
                .then().statusCode(200)
                .body("received", equalTo(6)).body("created", equalTo(2)).body("unchanged", equalTo(0))
                .body("rejected", equalTo(4))
                .body("rejections.index", equalTo(List.of(1, 3, 4, 5)))
                .body("rejections[0].errors[0].field", equalTo("codes[0]"))
                .body("rejections[1].errors[0].field", equalTo("year"))
                .body("rejections[2].errors[0].field", equalTo("body"))
                .body("rejections[3].errors[0].field", equalTo("case"));

        given().queryParams(distributionQuery(codebook, country)).header("If-None-Match", etag)
                .get("/api/v1/comparisons/distributions")
                .then().statusCode(200).header("ETag", not(equalTo(etag)))
                .body("groups[0].years.find { it.year == 2022 }.distribution.n", equalTo(2));
    }

    @Test
    void importingTheSameNdjsonAgainChangesNothingAndAnotherCodeFromTheSameCoderIsRefused() throws Exception {
        String codebook = Fixtures.codebook();
        TestCase known = Fixtures.knownCase(Fixtures.unique("J"), List.of("P"), UUID.randomUUID());
        String lines = JSON.writeValueAsString(coding(codebook, known, 2021, "c1", "x")) + "\n\n"
                + JSON.writeValueAsString(coding(codebook, known, 2022, "c1", "y")) + "\n";

        ndjson(lines).body("created", equalTo(2)).body("rejected", equalTo(0));
        ndjson(lines).body("created", equalTo(0)).body("unchanged", equalTo(2));
        ndjson(JSON.writeValueAsString(coding(codebook, known, 2022, "c1", "z")) + "\n{oops\n")
                .body("rejected", equalTo(2))
                .body("rejections[0].line", equalTo(1))
                .body("rejections[0].errors[0].field", equalTo("coder"))
                .body("rejections[0].errors[0].message", containsString("already coded"))
                .body("rejections[1].line", equalTo(2));
        given().queryParam("case", known.slug()).get("/api/v1/codings").then().statusCode(200)
                .body("items.codes.flatten()", equalTo(List.of("x", "y")));
    }

    @Test
    void anImportRefusesALinkThatIsNotHttpAndACuratorsRecordsForAnotherCoder() throws Exception {
        String codebook = Fixtures.codebook();
        TestCase known = Fixtures.knownCase(Fixtures.unique("K"), List.of("P"), UUID.randomUUID());
        Map<String, Object> scripted = coding(codebook, known, 2021, "c1", "x");
        scripted.put("evidence", Map.of("source", "s", "url", "javascript:alert(1)"));
        Map<String, Object> linked = coding(codebook, known, 2022, "c1", "x");
        linked.put("evidence", Map.of("source", "s", "url", "http://example.org/a"));
        ndjson(JSON.writeValueAsString(scripted) + "\n" + JSON.writeValueAsString(linked) + "\n")
                .body("created", equalTo(1))
                .body("rejections[0].index", equalTo(0))
                .body("rejections[0].errors[0].field", equalTo("evidence.url"));
        given().queryParam("case", known.slug()).get("/api/v1/codings").then().statusCode(200)
                .body("items.evidence.url", equalTo(List.of("http://example.org/a")));

        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON)
                .body(List.of(coding(codebook, known, 2023, "someone-else", "x")))
                .post("/api/v1/codings/import").then().statusCode(200)
                .body("rejected", equalTo(1)).body("rejections[0].errors[0].field", equalTo("coder"));
    }

    private static io.restassured.response.ValidatableResponse ndjson(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/codings/import").then().statusCode(200);
    }

    @Test
    void onlyCuratorsAndAdminsImportAndABodyOverTheLimitsIsRefusedWhole() {
        given().auth().oauth2(TestTokens.partner(UUID.randomUUID())).contentType(ContentType.JSON).body("[]")
                .post("/api/v1/codings/import").then().statusCode(403);
        given().contentType(ContentType.JSON).body("[]").post("/api/v1/codings/import").then().statusCode(401);
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(Map.of("codebook", "x"))
                .post("/api/v1/codings/import").then().statusCode(400).body("errors[0].field", equalTo("body"));
        String tooMany = IntStream.range(0, 10_001).mapToObj(i -> "{}").collect(Collectors.joining(",", "[", "]"));
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(tooMany)
                .post("/api/v1/codings/import").then().statusCode(413);
    }

    @Test
    void anEmptyBodyIsAProblemNotAnImportOfNothing() {
        for (String type : List.of("application/x-ndjson", "application/json")) {
            for (String body : List.of("", "\n \r\n")) {
                given().auth().oauth2(TestTokens.curator()).contentType(type).body(body.getBytes(StandardCharsets.UTF_8))
                        .post("/api/v1/codings/import").then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors[0].field", equalTo("body")).body("errors[0].message", containsString("empty"));
            }
        }
    }

    @Test
    void theImportTakesBodiesOverTheOneMegabyteEveryOtherPathKeeps() {
        String record = "{\"codebook\": \"no-such-codebook\", \"note\": \"" + "x".repeat(2_000) + "\"}";
        String twoMegabytes = IntStream.range(0, 1_000).mapToObj(i -> record).collect(Collectors.joining(",", "[", "]"));
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(twoMegabytes)
                .post("/api/v1/codings/import").then().statusCode(200)
                .body("received", equalTo(1_000)).body("rejected", equalTo(1_000));
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(twoMegabytes)
                .post("/api/v1/codings").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("/api/v1/codings/import take more"));
    }
}
