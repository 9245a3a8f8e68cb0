package io.revitalization.gateway.edge.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.revitalization.gateway.testing.FakeServices;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * What the gateway answers at the protocol level: refusals are problems, CORS answers vary by origin and ask for no
 * credentials, a 401 says how to authenticate, a long URI is a 414 problem, a malformed number is a 400 naming the
 * parameter or field, and bytes that are not UTF-8 are a 400.
 */
@QuarkusTest
class ProtocolTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String FRONTEND = "https://dashboard.example";
    private static final String KEYS = "/api/v1/admin/keys";
    private static final String CHALLENGE = "ApiKey header=\"X-API-Key\"";

    @Test
    void aRefusedOriginGetsAProblem() {
        given().header("Origin", "https://evil.example")
                .when().get("/api/v1/cases")
                .then().statusCode(403).contentType(PROBLEM)
                .body("status", equalTo(403))
                .body("detail", containsString("GATEWAY_CORS_ORIGINS"))
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/cases")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anAllowedOriginVariesByOriginAndGetsNoCredentialsFlag() {
        given().header("Origin", FRONTEND)
                .when().get("/api/v1/cases")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key,content-type")
                .when().options("/api/v1/cases")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().when().get("/api/v1/cases").then().statusCode(200).header("Vary", containsString("Origin"));
    }

    @Test
    void every401SaysHowToAuthenticate() {
        given().when().get(KEYS)
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", CHALLENGE);
        given().header("X-API-Key", "rvk_wrong").when().get("/api/v1/cases")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", CHALLENGE);
        given().header("X-API-Key", "rvk_wrong").when().get(KEYS)
                .then().statusCode(401).header("WWW-Authenticate", CHALLENGE);
    }

    @Test
    void aTooLongUriIsA414Problem() {
        given().when().get("/api/v1/cases?theme=" + "a".repeat(9000))
                .then().statusCode(414).contentType(PROBLEM).body("status", equalTo(414));
        given().when().get("/api/v1/cases?theme=" + "a".repeat(60000))
                .then().statusCode(414).contentType(PROBLEM);
    }

    @Test
    void aMalformedNumberIsA400NamingTheParameter() {
        for (String limit : new String[] {"abc", "1.5", "99999999999999999999"}) {
            given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY).queryParam("limit", limit)
                    .when().get(KEYS)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("limit"));
        }
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY).when().get(KEYS + "/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aFractionForAWholeNumberIsRefusedNamingTheField() {
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY).contentType(ContentType.JSON)
                .body("{\"label\": \"fraction\", \"role\": \"curator\", \"requestsPerSecond\": 1.5}")
                .when().post(KEYS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("requestsPerSecond"))
                .body("errors[0].message", containsString("whole number"));
    }

    @Test
    void aKeyLabelIsOneLineOfTextCountedInCharacters() {
        for (String label : new String[] {"two\nlines", "bell\u0007", "nul\u0000"}) {
            given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY).contentType(ContentType.JSON)
                    .body(Map.of("label", label, "role", "curator"))
                    .when().post(KEYS)
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("label"));
        }
        String astral = "𠀋".repeat(200);
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("label", astral, "role", "curator"))
                .when().post(KEYS)
                .then().statusCode(201).body("label", equalTo(astral));
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("label", astral + "x", "role", "curator"))
                .when().post(KEYS)
                .then().statusCode(400).body("errors[0].field", equalTo("label"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotNormalized() {
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAD}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
            byte[] body = concat("{\"label\": \"over".getBytes(StandardCharsets.UTF_8), bad,
                    "long\", \"role\": \"curator\"}".getBytes(StandardCharsets.UTF_8));
            given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                    .contentType("application/json; charset=UTF-8").body(body)
                    .when().post(KEYS)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("body"))
                    .body("errors[0].message", containsString("UTF-8"))
                    .body("detail", not(containsString("Exception")));
        }
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY).contentType(ContentType.JSON)
                .body("{\"label\": \"half \\ud800 a pair\", \"role\": \"curator\"}")
                .when().post(KEYS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("label"));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
