package io.revitalization.systemtests;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Issue 2's walking skeleton, as a user meets it: a case created through the gateway is stored by cases-service,
 * its event reaches comparison-service through Kafka, and a comparison read through the gateway reflects it.
 */
class WalkingSkeletonTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    @Test
    void caseCreatedThroughTheGatewayReachesTheComparisonThroughKafka() {
        String country = "KR"; // no seed case is Korean, so the count below is this test's alone
        String university = "skeleton-university-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().body(Map.of(
                        "slug", university,
                        "kind", "UNIVERSITY",
                        "name", Map.of("en", "Skeleton University", "ja", "骨格大学", "zh-TW", "骨架大學"),
                        "country", country))
                .post("/api/v1/institutions")
                .then().statusCode(201);

        String caseId = asAdmin().body(Map.of(
                        "title", Map.of("en", "A walking skeleton", "zh-TW", "行走的骨架"),
                        "country", country,
                        "leadInstitution", university))
                .post("/api/v1/cases")
                .then().statusCode(201).header("ETag", notNullValue())
                .extract().path("id");

        given().baseUri(SUITE.gatewayUrl()).get("/api/v1/cases/" + caseId)
                .then().statusCode(200).body("title.en", equalTo("A walking skeleton"));
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().baseUri(SUITE.gatewayUrl()).get("/api/v1/comparisons/summary")
                        .then().statusCode(200).body("casesByCountry." + country, equalTo(1)));
    }

    @Test
    void gatewayServesTheSeedCasesAndEveryServiceIsHealthy() {
        given().baseUri(SUITE.gatewayUrl()).get("/api/v1/cases/kochi-ubc")
                .then().statusCode(200).body("title.ja", notNullValue());
        for (SuiteService service : SuiteService.values()) {
            given().baseUri(SUITE.suite().managementUrl(service)).get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    private static RequestSpecification asAdmin() {
        return given().baseUri(SUITE.gatewayUrl()).header("X-API-Key", SUITE.adminKey()).contentType(ContentType.JSON);
    }
}
