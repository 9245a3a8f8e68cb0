package io.revitalization.partnerships.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.revitalization.partnerships.testing.Bodies;
import io.revitalization.partnerships.testing.TestInstitutions;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.revitalization.partnerships.testing.Api.PARTNERSHIPS;
import static io.revitalization.partnerships.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The input guard of service-support answers here as in every service: bytes no id, filter or text may hold (NUL
 * and other control characters, invalid UTF-8, a cursor that decodes to NUL, lone surrogates in a body) are a 400
 * problem naming the path, the parameter or the field; none is a 404 or is stored as something else.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class HostileInputTest {
    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestInstitutions institutions;

    HostileInputTest(TestInstitutions institutions) {
        this.institutions = institutions;
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
    void controlCharactersAndInvalidUtf8InThePathAreRefused() {
        refused(PARTNERSHIPS + "/%00", "path");
        refused(PARTNERSHIPS + "/%00%0a17:31:00.000%20INFO%20FORGED", "path");
        refused(PARTNERSHIPS + "/slug%C0%ADoverlong", "path");
        refused(PARTNERSHIPS + "/%ED%A0%80/updates", "path");
    }

    @Test
    void badParametersAreNamed() {
        refused(PARTNERSHIPS + "?institution=%00", "institution");
        refused(PARTNERSHIPS + "?theme=%ED%A0%80", "theme");
        refused(PARTNERSHIPS + "?cursor=AAAA", "cursor");
        refused(PARTNERSHIPS + "/updates?cursor=AAAA", "cursor");
    }

    @Test
    void loneSurrogatesAndControlCharactersInABodyAreRefusedByField() throws Exception {
        Map<String, Object> body = Bodies.partnership(Bodies.slug("hostile"), institutions.university("tw", "TW"),
                institutions.university("jp", "JP"));
        ((Map<String, Object>) body.get("title")).put("en", "HALF");
        String json = JSON.writeValueAsString(body).replace("HALF", "half \\ud800 a pair");
        as(TestTokens.curator()).body(json).post(PARTNERSHIPS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("title.en"));
        json = JSON.writeValueAsString(body).replace("HALF", "bell\\u0007");
        as(TestTokens.curator()).body(json).post(PARTNERSHIPS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("title.en"));
        given().get(PARTNERSHIPS + "/" + body.get("slug")).then().statusCode(404);
    }
}
