package io.revitalization.backbone;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.revitalization.backbone.consistency.ConsistencyToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ConsistencyTokenTest {
    private static final String HEADER = ConsistencyToken.HEADER;

    @Test
    void aReadWithTheTokenOfAWriteSeesEverythingTheWritePublished() {
        awaitConsumerAssigned();
        for (int i = 0; i < 10; i++) {
            String slugs = "token-a-" + UUID.randomUUID() + ",token-b-" + UUID.randomUUID() + ",token-c-" + i;
            String token = given().post("/test/institutions/" + slugs)
                    .then().statusCode(201).extract().header(HEADER);
            assertThat(token).endsWith(";revit.institutions.v1=3");

            given().header(HEADER, token).get("/test/institutions/" + slugs)
                    .then().statusCode(200).body(equalTo("3"));
        }
    }

    /** On a fresh broker the topic only exists after the first event, and the consumer finds it some time later. */
    private static void awaitConsumerAssigned() {
        String slug = "warm-up-" + UUID.randomUUID();
        given().post("/test/institutions/" + slug).then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> "1".equals(RestAssured.get("/test/institutions/" + slug)
                .asString()));
    }

    @Test
    void aTokenNamingEventsThatNeverArriveIsAnsweredUnavailableWithRetryAfterOnceTheBoundPasses() {
        String future = UUID.randomUUID() + ";revit.institutions.v1=1";

        given().header(HEADER, future).get("/test/institutions/nobody")
                .then().statusCode(503)
                .header("Retry-After", "1")
                .contentType("application/problem+json")
                .body("detail", containsString(HEADER));
    }

    @Test
    void aTokenOfTopicsThisServiceDoesNotReadDoesNotWait() {
        given().header(HEADER, UUID.randomUUID() + ";revit.cases.v1=5").get("/test/institutions/nobody")
                .then().statusCode(200).body(equalTo("0"));
    }

    @Test
    void aMalformedTokenIsRefusedNamingTheHeader() {
        given().header(HEADER, "not-a-token;revit.institutions.v1=1").get("/test/institutions/nobody")
                .then().statusCode(400).body("errors[0].field", equalTo(HEADER));
    }

    @Test
    void aReadAnswersNoToken() {
        assertThat(RestAssured.get("/test/institutions/nobody").header(HEADER)).isNull();
    }
}
