package io.revitalization.systemtests;

import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Health and metrics are the operator's: every service serves them on its management port, and its public port
 * (the gateway's is the suite's front door) has neither.
 */
class ManagementInterfaceTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() {
        for (SuiteService service : SuiteService.values()) {
            String publicUrl = SUITE.suite().url(service);
            String managementUrl = SUITE.suite().managementUrl(service);
            for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready"}) {
                given().baseUri(publicUrl).get(path).then().statusCode(404);
            }
            given().baseUri(managementUrl).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(managementUrl).get("/q/metrics").then().statusCode(200)
                    .body(containsString("jvm_memory_used_bytes"));
        }
    }

    @Test
    void eachDomainServiceShowsItsOutboxBacklog() {
        for (SuiteService service : new SuiteService[] {SuiteService.CASES, SuiteService.COMPARISON,
                SuiteService.PARTNERSHIPS}) {
            given().baseUri(SUITE.suite().managementUrl(service)).get("/q/metrics").then().statusCode(200)
                    .body(containsString("outbox_backlog "), containsString("outbox_oldest_age_seconds "));
        }
    }
}
