package io.revitalization.systemtests;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway answers repeated anonymous comparison reads from memory, and follows comparison-service's change
 * stream: once the service's answer changes (here through a case projected from Kafka), the gateway's follows, and
 * a dashboard polling with its old ETag gets the new answer, never a 304.
 */
class KeptComparisonsTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    @Test
    void theGatewaysAnswerFollowsTheServicesAfterEveryChange() {
        // the seed data may still be on its way to the comparison: wait until it stands still
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(new Steady()::atRest);
        String polled = direct().header("ETag");
        assertThat(throughTheGateway().header("ETag")).isEqualTo(polled);
        assertThat(throughTheGateway().asString()).isEqualTo(direct().asString());
        assertThat(given().baseUri(SUITE.gatewayUrl()).header("If-None-Match", polled)
                .get("/api/v1/comparisons/summary").statusCode()).isEqualTo(304);

        addACase();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> !direct().header("ETag").equals(polled));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Response service = direct();
            Response gateway = throughTheGateway();
            assertThat(gateway.header("ETag")).isEqualTo(service.header("ETag"));
            assertThat(gateway.asString()).isEqualTo(service.asString());
        });
        Response poll = given().baseUri(SUITE.gatewayUrl()).header("If-None-Match", polled)
                .get("/api/v1/comparisons/summary");
        assertThat(poll.statusCode()).isEqualTo(200);
        assertThat(poll.header("ETag")).isNotEqualTo(polled);
    }

    /** True once the service's answer has not changed since the previous look. */
    private static final class Steady {
        private String previous;

        boolean atRest() {
            String current = direct().header("ETag");
            boolean same = current.equals(previous);
            previous = current;
            return same;
        }
    }

    private static Response throughTheGateway() {
        Response answer = given().baseUri(SUITE.gatewayUrl()).get("/api/v1/comparisons/summary");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer;
    }

    private static Response direct() {
        Response answer = given().baseUri(SUITE.suite().url(SuiteService.COMPARISON)).get("/api/v1/comparisons/summary");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer;
    }

    private static void addACase() {
        String university = "kept-university-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().body(Map.of("slug", university, "kind", "UNIVERSITY",
                        "name", Map.of("en", "Kept University"), "country", "JP"))
                .post("/api/v1/institutions").then().statusCode(201);
        asAdmin().body(Map.of("title", Map.of("en", "A case the gateway must not hide"), "country", "JP",
                        "leadInstitution", university))
                .post("/api/v1/cases").then().statusCode(201);
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return given().baseUri(SUITE.gatewayUrl()).header("X-API-Key", SUITE.adminKey()).contentType(ContentType.JSON);
    }
}
