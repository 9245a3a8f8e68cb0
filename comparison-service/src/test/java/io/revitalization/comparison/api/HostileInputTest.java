package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Bytes no id, filter or text may hold (NUL and other control characters, invalid UTF-8, a cursor that decodes to
 * NUL, a lone surrogate in a coding's note) are a 400 problem naming the path, the parameter or the field.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
    private static final String PROBLEM = "application/problem+json";

    private String codebook;
    private TestCase known;

    @BeforeEach
    void prepareOnce() {
        if (codebook == null) {
            codebook = Fixtures.codebook();
            known = Fixtures.knownCase(Fixtures.unique("H"), List.of("P-1"), UUID.randomUUID());
        }
    }

    private static ValidatableResponse raw(String pathAndQuery) {
        return given().urlEncodingEnabled(false).get(pathAndQuery).then();
    }

    private static void refused(String pathAndQuery, String field) {
        raw(pathAndQuery).statusCode(400).contentType(PROBLEM)
                .body("type", startsWith("https://"))
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void nulInIdsAndFiltersIsRefusedByName() {
        refused("/api/v1/codings?case=%00", "case");
        refused("/api/v1/codings?coder=%00", "coder");
        refused("/api/v1/codings/%00", "path");
        refused("/api/v1/codebooks/%00", "path");
        refused("/api/v1/codebooks/%00/versions/1", "path");
        refused("/api/v1/comparisons/cases?country=%00", "country");
    }

    @Test
    void invalidUtf8AndLineBreaksAreRefused() {
        refused("/api/v1/codings?coder=%C0%AD", "coder");
        refused("/api/v1/codings?case=%ED%A0%80", "case");
        refused("/api/v1/codebooks/%00%0a17:31:00.000%20INFO%20FORGED", "path");
    }

    @Test
    void aCursorThatDecodesToNulIsRefused() {
        refused("/api/v1/codings?cursor=AAAA", "cursor");
        refused("/api/v1/codebooks?cursor=AAAA", "cursor");
    }

    @Test
    void aNoteWithNulOrALoneSurrogateIsRefusedByField() {
        for (String note : List.of("before\\u0000after", "half \\ud800 a pair", "\\udc00")) {
            String body = "{\"codebook\": \"" + codebook + "\", \"codebookVersion\": 1, \"case\": \"" + known.slug()
                    + "\", \"year\": 2023, \"dimension\": \"value\", \"codes\": [\"x\"], \"coder\": \""
                    + Fixtures.unique("coder-") + "\", \"note\": \"" + note + "\"}";
            given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/codings")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("note"));
        }
        String body = "{\"codebook\": \"" + codebook + "\", \"codebookVersion\": 1, \"case\": \"" + known.slug()
                + "\", \"year\": 2023, \"dimension\": \"value\", \"codes\": [\"x\"], \"coder\": \""
                + Fixtures.unique("coder-") + "\", \"evidence\": {\"source\": \"s\", \"quote\": \"q\\u0000\"}}";
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(body).post("/api/v1/codings")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("evidence.quote"));
    }
}
