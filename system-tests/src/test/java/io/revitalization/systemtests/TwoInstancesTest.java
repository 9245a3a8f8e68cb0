package io.revitalization.systemtests;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.revitalization.localstack.ServiceProcess;
import io.revitalization.localstack.Suite;
import io.revitalization.localstack.SuiteService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./suite up --instances 2}: two instances of every service and two gateways on one PostgreSQL and one Kafka.
 * What one instance writes, the other reads; with the first instance of cases-service and of comparison-service
 * killed with kill -9 while cases are written, writes through the second gateway go on without a 5xx, the second
 * comparison-service takes over the killed one's partitions, and every acknowledged case is counted exactly once.
 */
@Disabled("not yet seen to pass: on an overloaded machine the first instances took over 5 min to start; enable "
        + "once it has run to the end and its takeover time is in README.md")
class TwoInstancesTest {
    private static final String COUNTRY = "JP";
    private static Suite suite;

    @BeforeAll
    static void start() throws IOException {
        suite = Suite.builder().repoRoot(Suite.findRepoRoot(Path.of(""))).freePorts().instances(2)
                .startupTimeout(Duration.ofMinutes(5)).start();
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void writesGoOnAndEveryAcknowledgedCaseIsCountedOnceWhenOneInstanceOfEachIsKilled() {
        List<String> gateways = suite.instances(SuiteService.GATEWAY).stream().map(ServiceProcess::url).toList();
        assertThat(gateways).hasSize(2);
        String university = "two-instances-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin(gateways.get(0)).body(Map.of("slug", university, "kind", "UNIVERSITY",
                "name", Map.of("en", "Two Instances University"), "country", COUNTRY))
                .post("/api/v1/institutions").then().statusCode(201);
        given().baseUri(gateways.get(1)).get("/api/v1/institutions/" + university).then().statusCode(200);

        // the seed data may still be on its way to the comparison: wait until the count stands still
        long[] previous = {-1};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            long now = comparedCases(gateways.get(1));
            boolean steady = now == previous[0];
            previous[0] = now;
            return steady;
        });
        long before = previous[0];

        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            acknowledged.add(createCase(gateways.get(i % 2), university, "before " + i));
        }
        suite.instances(SuiteService.CASES).get(0).kill();
        suite.instances(SuiteService.COMPARISON).get(0).kill();
        long killedAt = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            acknowledged.add(createCase(gateways.get(1), university, "after " + i));
        }

        for (String slug : acknowledged) {
            given().baseUri(gateways.get(1)).get("/api/v1/cases/" + slug).then().statusCode(200);
        }
        // a killed consumer's partitions move once the broker has missed its heartbeats (the session timeout)
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> comparedCases(gateways.get(1)) >= before + acknowledged.size());
        double takeover = (System.nanoTime() - killedAt) / 1e9;
        System.out.printf("two instances: %d cases acknowledged, all counted by the second comparison-service "
                + "%.1f s after the kill%n", acknowledged.size(), takeover);
        assertThat(comparedCases(gateways.get(1))).isEqualTo(before + acknowledged.size());
    }

    /** Creates a case, asserting the 201 (a 5xx fails the test); returns its slug. */
    private static String createCase(String gateway, String university, String title) {
        Response created = asAdmin(gateway).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("title", Map.of("en", "Two instances: " + title), "country", COUNTRY,
                        "leadInstitution", university))
                .post("/api/v1/cases");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return created.path("slug");
    }

    private static long comparedCases(String gateway) {
        Response summary = given().baseUri(gateway).get("/api/v1/comparisons/summary");
        assertThat(summary.statusCode()).as(summary.asString()).isEqualTo(200);
        Number count = summary.path("casesByCountry." + COUNTRY);
        return count == null ? 0 : count.longValue();
    }

    private static RequestSpecification asAdmin(String gateway) {
        return given().baseUri(gateway).header("X-API-Key", suite.adminKey()).contentType(ContentType.JSON);
    }
}
