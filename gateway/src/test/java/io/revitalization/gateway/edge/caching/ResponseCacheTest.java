package io.revitalization.gateway.edge.caching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.gateway.testing.AdminKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The comparison reads the gateway keeps: answered from memory while the change stream announces nothing, fetched
 * again after a change, a write, or while the stream is lost. The fake comparison service says in each body how
 * many times it has answered that path ({@code served}), so an answer from memory is one whose count did not move.
 */
@QuarkusTest
class ResponseCacheTest {
    private static final String FRONTEND = "https://dashboard.example";

    @ConfigProperty(name = "gateway.routes.comparison")
    URI comparisonService;

    @AfterEach
    void changeStreamOpen() {
        fake("/fake/changes/lose?refuse=false");
        await().atMost(Duration.ofSeconds(10)).until(() -> fake("/fake/changes/open").equals("1"));
    }

    @Test
    void aRepeatedAnonymousReadIsAnsweredByTheGatewayUntilTheServiceAnnouncesAChange() {
        String path = uniquePath();
        Response first = read(path);
        assertThat(first.jsonPath().getInt("served")).isEqualTo(1);
        String etag = first.header("ETag");

        Response again = given().header("X-Request-Id", "kept-1").header("Origin", FRONTEND).when().get(path);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(again.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(again.header("Vary")).isEqualTo("Accept-Language, Origin");
        assertThat(again.header("Content-Type")).startsWith("application/json");
        assertThat(again.header("Date")).isNotBlank();
        // the request's own id and the gateway's headers, not those of the request that fetched it
        assertThat(again.header("X-Request-Id")).isEqualTo("kept-1");
        assertThat(again.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(again.header("Access-Control-Allow-Origin")).isEqualTo(FRONTEND);

        Response notModified = given().header("If-None-Match", etag).when().get(path);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.header("ETag")).isEqualTo(etag);
        assertThat(notModified.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(notModified.asString()).isEmpty();
        Response otherTag = given().header("If-None-Match", "\"0-other\", W/" + etag).when().get(path);
        assertThat(otherTag.statusCode()).as("If-None-Match compares weakly").isEqualTo(304);
        Response stale = given().header("If-None-Match", "\"0-stale\"").when().get(path);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.jsonPath().getInt("served")).isEqualTo(1);

        int version = Integer.parseInt(fake("/fake/changes/announce"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            Response changed = read(path);
            assertThat(changed.jsonPath().getInt("dataVersion")).isEqualTo(version);
            assertThat(changed.header("ETag")).isNotEqualTo(etag);
        });
        assertThat(read(path).jsonPath().getInt("served")).as("kept again in the new version").isEqualTo(2);
        assertThat(given().header("If-None-Match", etag).when().get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void aLargeAnswerArrivingInPiecesIsKeptWholeUpToTheEntryLimit() {
        String path = uniquePath() + "?padding=100000&pieces=3";
        Response first = read(path);
        assertThat(first.asString()).hasSizeGreaterThan(100_000);
        Response again = read(path);
        assertThat(again.asString()).as("answered from memory").isEqualTo(first.asString());
        assertThat(again.jsonPath().getInt("served")).isEqualTo(1);
        assertThat(given().header("If-None-Match", first.header("ETag")).when().get(path).statusCode()).isEqualTo(304);

        String tooLarge = uniquePath() + "?padding=600000&pieces=5";
        Response passedOn = read(tooLarge);
        assertThat(passedOn.jsonPath().getString("padding")).as("passed on whole").hasSize(600_000);
        assertThat(read(tooLarge).jsonPath().getInt("served")).as("larger than an entry may be: not kept")
                .isEqualTo(2);
    }

    @Test
    void eachLanguageIsKeptApart() {
        String path = uniquePath();
        Response japanese = given().header("Accept-Language", "ja").when().get(path);
        Response english = given().header("Accept-Language", "en").when().get(path);
        assertThat(japanese.jsonPath().getString("acceptLanguage")).isEqualTo("ja");
        assertThat(english.jsonPath().getString("acceptLanguage")).isEqualTo("en");
        assertThat(english.jsonPath().getInt("served")).isEqualTo(2);
        assertThat(given().header("Accept-Language", "ja").when().get(path).asString()).isEqualTo(japanese.asString());
    }

    @Test
    void aKeyedReadTheServiceSaysIsEveryonesIsKeptForCallersWithTheSameRights() {
        String path = uniquePath();
        AdminKeys.Issued partner = AdminKeys.partnerOfKochi();
        AdminKeys.Issued anotherOfKochi = AdminKeys.partnerOfKochi();
        Response first = keyed(partner, path);
        assertThat(first.jsonPath().getInt("served")).isEqualTo(1);
        assertThat(first.header("Cache-Control")).isEqualTo("public, no-cache");

        Response again = keyed(partner, path);
        assertThat(again.asString()).as("the second keyed read is answered from memory").isEqualTo(first.asString());
        assertThat(again.header("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(keyed(anotherOfKochi, path).asString()).isEqualTo(first.asString());
        assertThat(given().header("X-API-Key", partner.key()).header("If-None-Match", first.header("ETag"))
                .when().get(path).statusCode()).isEqualTo(304);

        Response anonymous = read(path);
        assertThat(anonymous.jsonPath().getString("rights")).as("anonymous callers' answers are kept apart")
                .isEqualTo("anonymous");
        assertThat(anonymous.jsonPath().getInt("served")).isEqualTo(2);
        assertThat(given().header("X-API-Key", partner.key()).header("Cache-Control", "no-cache")
                .when().get(path).jsonPath().getInt("served")).isEqualTo(3);
    }

    @Test
    void aCallerNeverGetsAnAnswerKeptForCallersWithOtherRights() {
        String path = uniquePath();
        AdminKeys.Issued partner = AdminKeys.partnerOfKochi();
        AdminKeys.Issued curator = AdminKeys.issue(java.util.Map.of("role", "curator"));
        keyed(partner, path);
        assertThat(keyed(partner, path).jsonPath().getInt("served")).as("kept for Kochi's partners").isEqualTo(1);
        read(path);
        assertThat(read(path).jsonPath().getInt("served")).as("kept for anonymous callers").isEqualTo(2);

        Response curators = keyed(curator, path);
        assertThat(curators.jsonPath().getString("rights")).startsWith("curator ");
        assertThat(curators.jsonPath().getInt("served")).isEqualTo(3);
        assertThat(curators.header("Cache-Control")).isEqualTo("private, no-cache");
        Response curatorsAgain = keyed(curator, path);
        assertThat(curatorsAgain.jsonPath().getInt("served")).as("the curator's own answer is never kept").isEqualTo(4);

        assertThat(keyed(partner, path).jsonPath().getString("rights")).startsWith("partner ");
        assertThat(read(path).jsonPath().getString("rights")).isEqualTo("anonymous");
        assertThat(given().header("X-Gateway-Cache-Rights", "curator -").when().get(path).jsonPath()
                .getString("rights")).as("a caller cannot claim rights for the gateway").isEqualTo("anonymous");
    }

    @Test
    void requestsForTheServicesOwnAnswerAlwaysReachTheService() {
        String path = uniquePath();
        read(path);
        assertThat(given().header("Cache-Control", "no-cache").when().get(path).jsonPath().getInt("served"))
                .isEqualTo(2);
    }

    @Test
    void aWriteSentThroughTheGatewayEndsWhatWasKept() {
        String path = uniquePath();
        read(path);
        assertThat(read(path).jsonPath().getInt("served")).isEqualTo(1);
        given().when().post(path).then().statusCode(200);
        assertThat(read(path).jsonPath().getInt("served")).isEqualTo(3);
    }

    @Test
    void nothingIsAnsweredFromMemoryWhileTheChangeStreamIsLost() {
        String path = uniquePath();
        read(path);
        fake("/fake/changes/lose?refuse=true");
        await().atMost(Duration.ofSeconds(5)).until(() -> read(path).jsonPath().getInt("served") > 1);
        int served = read(path).jsonPath().getInt("served");
        assertThat(read(path).jsonPath().getInt("served")).isEqualTo(served + 1);

        fake("/fake/changes/lose?refuse=false");
        await().atMost(Duration.ofSeconds(10)).until(() -> fake("/fake/changes/open").equals("1"));
        int fetched = read(path).jsonPath().getInt("served");
        assertThat(read(path).jsonPath().getInt("served")).isEqualTo(fetched);
    }

    @Test
    void anAnswerWithoutCacheControlIsNeverKept() {
        // the fake's echo answers carry an ETag but no Cache-Control
        Response first = given().header("X-Request-Id", "echo-1").when().get("/api/v1/comparisons/overview");
        Response second = given().header("X-Request-Id", "echo-2").when().get("/api/v1/comparisons/overview");
        assertThat(first.jsonPath().getList("headers.x-request-id")).containsExactly("echo-1");
        assertThat(second.jsonPath().getList("headers.x-request-id")).containsExactly("echo-2");
    }

    private static Response keyed(AdminKeys.Issued key, String path) {
        Response answer = given().header("X-API-Key", key.key()).when().get(path);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer;
    }

    private static Response read(String path) {
        Response answer = given().when().get(path);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer;
    }

    private static String uniquePath() {
        return "/api/v1/comparisons/kept/" + UUID.randomUUID();
    }

    private String fake(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(comparisonService.resolve(path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
