package io.revitalization.gateway.edge.routing;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.gateway.testing.AdminKeys;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What an operator reads about the gateway's requests on its management port. */
@QuarkusTest
class GatewayMetricsTest {
    private static final String REQUESTS = "gateway_requests_seconds_count";

    // relative to the management interface's root, /q
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void requestsAreCountedByServiceStatusAndKeptAnswer() {
        String before = scrape();
        given().get("/api/v1/cases").then().statusCode(200);
        given().get("/api/v1/nowhere").then().statusCode(404);
        String after = scrape();
        assertThat(value(after, REQUESTS, "cache=\"none\",service=\"cases\",status=\"200\""))
                .isEqualTo(value(before, REQUESTS, "cache=\"none\",service=\"cases\",status=\"200\"") + 1);
        assertThat(value(after, REQUESTS, "cache=\"none\",service=\"gateway\",status=\"404\""))
                .isEqualTo(value(before, REQUESTS, "cache=\"none\",service=\"gateway\",status=\"404\"") + 1);

        String kept = "/api/v1/comparisons/kept/" + UUID.randomUUID();
        String misses = "cache=\"miss\",service=\"comparison\",status=\"200\"";
        String hits = "cache=\"hit\",service=\"comparison\",status=\"200\"";
        double missesBefore = value(after, REQUESTS, misses);
        double hitsBefore = value(after, REQUESTS, hits);
        // the first read is fetched; once the gateway follows the change stream, the next ones are kept answers
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            given().get(kept).then().statusCode(200);
            assertThat(value(scrape(), REQUESTS, hits)).isGreaterThan(hitsBefore);
        });
        assertThat(value(scrape(), REQUESTS, misses)).isGreaterThan(missesBefore);
    }

    @Test
    void refusalsForARateLimitAreCountedByLimit() {
        String key = AdminKeys.issue(Map.of("role", "curator", "requestsPerSecond", 1)).key();
        double before = value(scrape(), "gateway_rate_limited_total", "limit=\"key\"");
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            if (given().header("X-API-Key", key).get("/api/v1/cases").statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).isPositive();
        assertThat(value(scrape(), "gateway_rate_limited_total", "limit=\"key\"")).isEqualTo(before + refused);
    }

    @Test
    void eachServicesCircuitBreakerStateIsShown() {
        String text = scrape();
        for (String service : new String[] {"cases", "comparison", "partnerships"}) {
            assertThat(text).containsPattern("(?m)^gateway_circuit_state\\{service=\"" + service + "\"} [0-2]\\.0$");
        }
    }

    private String scrape() {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }

    /** The sample's value; 0 when the series is not there yet. */
    private static double value(String text, String name, String labels) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{" + Pattern.quote(labels) + "} (\\S+)(?: # .*)?$")
                .matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
