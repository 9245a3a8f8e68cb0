package io.revitalization.gateway.edge.routing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.revitalization.gateway.testing.AdminKeys;
import io.revitalization.gateway.testing.FakeServices;
import io.revitalization.gateway.testing.ForwardedTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class RoutingTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/cases, cases",
            "/api/v1/cases/kochi-ubc, cases",
            "/api/v1/institutions, cases",
            "/api/v1/programs/regional-revitalization, cases",
            "/api/v1/sources, cases",
            "/api/v1/comparisons/overview, comparison",
            "/api/v1/codebooks/current, comparison",
            "/api/v1/codings, comparison"})
    void eachPrefixReachesItsServiceWithThePathAndQueryUnchanged(String path, String service) {
        given().queryParam("limit", 5).queryParam("q", "烏金 関係人口")
                .when().get(path)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("uri", startsWith(path + "?"))
                .body("uri", org.hamcrest.Matchers.containsString("limit=5"));
    }

    @Test
    void aServicesDeadLettersAreReachedWithAnAdminKeyOnly() throws Exception {
        String path = "/api/v1/admin/dead-letters/comparison-service";
        List<String> forwarded = given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                .when().post(path + "/replay")
                .then().statusCode(201)
                .body("service", equalTo("comparison"))
                .body("uri", equalTo(path + "/replay"))
                .extract().jsonPath().getList("headers.authorization");
        assertThat(ForwardedTokens.verify(forwarded.get(0)).getStringListClaimValue("groups")).containsExactly("admin");

        given().when().get(path).then().statusCode(401).contentType("application/problem+json");
        AdminKeys.Issued curator = AdminKeys.issue(Map.of("role", "curator"));
        given().header("X-API-Key", curator.key()).when().get(path)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aPathThatOnlyStartsLikeAPrefixIsNotRouted() {
        given().when().get("/api/v1/casesX")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void conditionalAndPagingHeadersPassBothWays() {
        Response answer = given()
                .header("If-Match", "\"3\"")
                .header("Accept-Language", "ja")
                .header("Idempotency-Key", "5b2f8a54-retry-1")
                .contentType(ContentType.JSON).body("{\"title\":{\"ja\":\"関係人口\"}}")
                .when().post("/api/v1/cases");
        answer.then().statusCode(201)
                .header("ETag", FakeServices.ETAG)
                .header("Link", "</api/v1/cases?cursor=abc>; rel=\"next\"");
        assertThat(answer.jsonPath().getList("headers.if-match")).containsExactly("\"3\"");
        assertThat(answer.jsonPath().getList("headers.accept-language")).containsExactly("ja");
        assertThat(answer.jsonPath().getList("headers.idempotency-key")).containsExactly("5b2f8a54-retry-1");
        assertThat(answer.jsonPath().getInt("bodyBytes"))
                .isEqualTo("{\"title\":{\"ja\":\"関係人口\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @ParameterizedTest
    @CsvSource({
            "3, 100, 0",     // small and complete at once: sent on in one piece
            "40, 4096, 0",   // more than the gateway reads ahead
            "3, 1000, 300"}) // slow: sent on as it comes
    void aChunkedAnswerArrivesWhole(int pieces, int size, long pauseMs) {
        String expected = IntStream.range(0, pieces).mapToObj(i -> FakeServices.chunkedPiece(i, size))
                .collect(Collectors.joining());
        String body = given().queryParam("pieces", pieces).queryParam("size", size).queryParam("pauseMs", pauseMs)
                .when().get("/api/v1/cases/chunked")
                .then().statusCode(200)
                .extract().asString();
        assertThat(body).isEqualTo(expected);
    }

    @Test
    void notModifiedPassesThrough() {
        given().header("If-None-Match", FakeServices.ETAG)
                .when().get("/api/v1/comparisons/overview")
                .then().statusCode(304)
                .header("ETag", FakeServices.ETAG);
    }

    @Test
    void theServiceSeesTheGatewaysHostSoItsLocationPointsToTheGateway() {
        String location = given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/institutions")
                .then().statusCode(201)
                .extract().header("Location");
        assertThat(location).startsWith("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/institutions/");
    }

    @Test
    void aRequestIdIsMadeWhenMissingPassedOnAndAnswered() {
        Response answer = given().when().get("/api/v1/cases");
        String answered = answer.header("X-Request-Id");
        assertThat(answered).matches("[0-9a-f-]{36}");
        assertThat(answer.jsonPath().getList("headers.x-request-id")).containsExactly(answered);
    }

    @Test
    void theCallersRequestIdIsKeptButAnUnsafeOneIsReplaced() {
        given().header("X-Request-Id", "dashboard-42.a")
                .when().get("/api/v1/cases")
                .then().header("X-Request-Id", "dashboard-42.a")
                .body("headers.x-request-id[0]", equalTo("dashboard-42.a"));
        String replaced = given().header("X-Request-Id", "bad id\"with quotes")
                .when().get("/api/v1/cases")
                .then().extract().header("X-Request-Id");
        assertThat(replaced).matches("[0-9a-f-]{36}");
    }

    @Test
    void aTraceIsContinuedWithTheGatewaysOwnSpan() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String incoming = "00-" + traceId + "-00f067aa0ba902b7-01";
        String forwarded = given().header("traceparent", incoming)
                .when().get("/api/v1/cases")
                .then().statusCode(200)
                .extract().jsonPath().getString("headers.traceparent[0]");
        assertThat(forwarded).matches("00-" + traceId + "-[0-9a-f]{16}-01").isNotEqualTo(incoming);
    }

    @Test
    void aTraceIsStartedWhenTheCallerSentNoneOrAMalformedOne() {
        // not sampled: with no exporter configured, the gateway records only traces a caller marks sampled
        for (String incoming : new String[] {null, "garbage", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01"}) {
            var request = given();
            if (incoming != null) {
                request.header("traceparent", incoming);
            }
            String forwarded = request.when().get("/api/v1/cases")
                    .then().statusCode(200)
                    .extract().jsonPath().getString("headers.traceparent[0]");
            assertThat(forwarded).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00").doesNotContain("0".repeat(32));
        }
    }
}
