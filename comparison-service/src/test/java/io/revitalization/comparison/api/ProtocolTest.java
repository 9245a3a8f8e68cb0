package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Numbers are read as they are written: a {@code limit} that is not a whole number is a 400 naming it (it was a 404),
 * and a fraction for a whole number in a body is a 400 naming the field (Jackson alone rounds it).
 */
@QuarkusTest
class ProtocolTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aLimitThatIsNotANumberIsA400NamingIt() {
        for (String path : List.of("/api/v1/codings", "/api/v1/codebooks")) {
            for (String limit : List.of("abc", "1.5", "1e3")) {
                given().queryParam("limit", limit).get(path)
                        .then().statusCode(400).contentType(PROBLEM)
                        .body("errors[0].field", equalTo("limit"))
                        .body("errors[0].message", containsString("whole number"));
            }
        }
    }

    @Test
    void aFractionalYearIsRefusedNotRounded() {
        String codebook = Fixtures.codebook();
        TestCase known = Fixtures.knownCase(Fixtures.unique("F"), List.of("P-1"), UUID.randomUUID());
        String body = "{\"codebook\": \"" + codebook + "\", \"codebookVersion\": 1, \"case\": \"" + known.slug()
                + "\", \"year\": 2023.5, \"dimension\": \"value\", \"codes\": [\"x\"]}";
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(body).post("/api/v1/codings")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", containsString("whole number"));
    }
}
