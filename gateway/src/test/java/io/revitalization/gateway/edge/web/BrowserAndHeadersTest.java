package io.revitalization.gateway.edge.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.revitalization.gateway.testing.FakeServices;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class BrowserAndHeadersTest {
    private static final String FRONTEND = "https://dashboard.example";

    @Test
    void aConfiguredFrontendMayCallTheApiWithAKey() {
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key,content-type,if-match,idempotency-key")
                .when().options("/api/v1/cases")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Headers", containsString("X-API-Key"))
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", FRONTEND)
                .when().get("/api/v1/comparisons/overview")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void theDashboardIsServedAtTheRootWhileTheApiStaysTheApis() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"js/app.js\"></script>"))
                .header("Cache-Control", containsString("max-age=300"))
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", nullValue());
        given().when().get("/js/comparison-table.js").then().statusCode(200)
                .contentType(containsString("javascript")).body(containsString("/api/v1/comparisons/table"));
        given().when().get("/webjars/echarts/5.3.1/dist/echarts.esm.min.js").then().statusCode(200)
                .contentType(containsString("javascript"));
        given().when().get("/data/case-locations.json").then().statusCode(200).body("precision", equalTo(0.1f));
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anyOtherOriginGetsNoPermission() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/cases")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example")
                .when().get("/api/v1/cases")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (var answer : new io.restassured.response.ValidatableResponse[] {
                given().when().get("/api/v1/cases").then().statusCode(200),
                given().when().get("/api/v1/admin/keys").then().statusCode(401),
                given().header("X-API-Key", "rvk_wrong").when().get("/api/v1/cases").then().statusCode(401),
                given().when().get("/api/v1/nothing-here").then().statusCode(404)}) {
            answer.header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Strict-Transport-Security", containsString("max-age="))
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                    .header("X-Request-Id", not(nullValue()));
        }
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void aServicesRequestIdIsReplacedByTheGatewaysNotDoubled() {
        var answer = given().header("X-Request-Id", "mine-1").when().get("/api/v1/cases").then().extract();
        assertThat(answer.headers().getValues("X-Request-Id")).containsExactly("mine-1");
    }

    @Test
    void failuresNeverShowInternals() {
        String malformed = given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                .contentType(ContentType.JSON).body("{\"label\": \"x\", \"role\": ")
                .when().post("/api/v1/admin/keys")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .extract().asString();
        assertThat(malformed).doesNotContain("Exception").doesNotContain("at io.").doesNotContain("jackson");
    }

    @Test
    void unknownApiPathsAre404Problems() {
        given().when().get("/api/v2/cases")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/v2/cases"));
    }
}
