package io.revitalization.gateway.edge.routing;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.gateway.config.GatewayConfig;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

@QuarkusTest
class ResilienceTest {

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    GatewayConfig gateway;

    @ConfigProperty(name = "gateway.routes.comparison")
    URI comparisonService;

    @AfterEach
    void closeCircuits() {
        circuitBreakers.resetAll();
    }

    @Test
    void aDeadServiceAnswers503FastWhileTheOthersGoOn() {
        for (int i = 0; i < 6; i++) {
            given().when().get("/api/v1/partnerships")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("status", equalTo(503))
                    .body("detail", containsString("partnerships"))
                    // far below the route's 10 s timeout: refused at once, not waited for (generous for loaded CI)
                    .time(lessThan(3000L));
        }
        given().when().get("/api/v1/cases").then().statusCode(200);
        given().when().get("/api/v1/comparisons/overview").then().statusCode(200);
    }

    @Test
    void aHangingServiceTimesOutAndThenItsCircuitOpens() throws Exception {
        int callsBefore = hangingCallsSeenByTheService();
        for (int i = 0; i < 4; i++) {
            given().when().get("/api/v1/comparisons/hang")
                    .then().statusCode(504)
                    .contentType("application/problem+json")
                    .time(lessThan(2000L));
        }
        assertThat(circuitBreakers.currentState("gateway-comparison")).isEqualTo(CircuitBreakerState.OPEN);
        given().when().get("/api/v1/comparisons/hang")
                .then().statusCode(503)
                .header("Retry-After", "60");
        given().when().get("/api/v1/comparisons/overview").then().statusCode(503);
        // the open circuit answered without calling the service at all
        assertThat(hangingCallsSeenByTheService()).isEqualTo(callsBefore + 4);

        given().when().get("/api/v1/cases").then().statusCode(200);
        circuitBreakers.reset("gateway-comparison");
        given().when().get("/api/v1/comparisons/overview").then().statusCode(200);
    }

    @Test
    void aPathWithATimeoutOfItsOwnMayTakeLongerThanTheRestOfItsService() {
        // 1.2 s: three times the service's 400 ms, within the 3 s of /api/v1/comparisons/slow
        given().when().get("/api/v1/comparisons/slow?ms=1200")
                .then().statusCode(200)
                .body("uri", equalTo("/api/v1/comparisons/slow?ms=1200"));
        // a prefix covers the paths below it, not a longer name
        given().when().get("/api/v1/comparisons/slowly?ms=1200")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("comparison"));
    }

    @Test
    void bothImportsMayTakeAMinute() {
        Map<String, GatewayConfig.Service> services = gateway.services();
        assertThat(services.get("cases").timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(services.get("comparison").pathTimeouts())
                .containsEntry("/api/v1/codings/import", Duration.ofSeconds(60));
        assertThat(services.get("partnerships").timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(services.get("partnerships").pathTimeouts()).isEmpty();
    }

    private int hangingCallsSeenByTheService() throws Exception {
        HttpResponse<String> count = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(comparisonService.resolve("/api/v1/comparisons/hang-count"))
                        .timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        return Integer.parseInt(count.body());
    }
}
