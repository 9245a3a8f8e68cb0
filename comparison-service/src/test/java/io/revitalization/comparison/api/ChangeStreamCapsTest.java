package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.revitalization.comparison.app.change.ChangeAnnouncer;
import io.revitalization.comparison.app.query.ChangeStreamRead;
import io.revitalization.testsupport.http.StreamClient;
import io.revitalization.testsupport.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Change streams straight at the service: caps per caller (a token's subject; anonymous callers per address), per
 * client address and in total (the defaults: 8, 16, 256), answered 429 with Retry-After; a place is given back when a
 * stream ends; a stream ends at its maximum age (20 s in tests). Clients are plain sockets from addresses of
 * 127.0.0.0/8, so that each test plays its own addresses.
 */
@QuarkusTest
class ChangeStreamCapsTest {
    private static final String CHANGES = "/api/v1/comparisons/changes";
    private static final Duration READ = Duration.ofSeconds(5);

    @Inject
    ChangeStreamRead streams;

    @Inject
    ChangeAnnouncer announcer;

    private final List<StreamClient> clients = new ArrayList<>();

    @BeforeEach
    void noStreamsOpen() {
        // streams of other tests are closed by then, but the service may not have noticed yet
        await().atMost(Duration.ofSeconds(10)).until(() -> streams.openStreams() == 0);
    }

    @AfterEach
    void closeStreams() {
        clients.forEach(StreamClient::close);
        clients.clear();
        await().atMost(Duration.ofSeconds(10)).until(() -> streams.openStreams() == 0);
        await("closed streams no longer follow the changes").atMost(Duration.ofSeconds(10))
                .until(() -> !announcer.hasStreams());
    }

    @Test
    void aFewHundredStreamsAtTheTotalLeaveReadsAnsweringAndOneMoreIs429() {
        // the same reads once before, so that what is measured is not their first time
        given().get("/api/v1/comparisons/summary").then().statusCode(200);
        given().queryParam("limit", 5).get("/api/v1/codings").then().statusCode(200);
        // 256 anonymous streams (the total cap), 8 from each of 32 addresses (the cap of an anonymous caller): more
        // than the 200 worker threads, so none of them may hold one
        for (int i = 0; i < 256; i++) {
            StreamClient client = open("127.0.10." + (1 + i / 8), Map.of());
            assertThat(client.status()).as("stream %d", i).isEqualTo(200);
            assertThat(client.header("Content-Type")).startsWith("text/event-stream");
            assertThat(client.readUntil("event:ready", READ)).as("stream %d is ready", i).isTrue();
        }
        assertThat(streams.openStreams()).isEqualTo(256);

        long started = System.nanoTime();
        Response summary = given().get("/api/v1/comparisons/summary");
        long summaryMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Response codings = given().queryParam("limit", 5).get("/api/v1/codings");
        long codingsMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(codings.statusCode()).isEqualTo(200);
        assertThat(summaryMillis).as("the summary while 256 streams are open").isLessThan(1000);
        assertThat(codingsMillis).as("codings while 256 streams are open").isLessThan(1000);

        assertRefused(open("127.0.11.1", Map.of()), "this service's 256 change streams are all open");

        clients.remove(0).close();
        await().atMost(READ).until(() -> streams.openStreams() == 255);
        StreamClient next = open("127.0.11.1", Map.of());
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.readUntil("event:ready", READ)).isTrue();
    }

    @Test
    void theCapsPerCallerAndPerAddressAreAnswered429WithRetryAfterAndAClosedStreamFreesItsPlace() {
        Map<String, String> first = bearer(TestTokens.issue(UUID.randomUUID(), TestTokens.CURATOR, null));
        Map<String, String> second = bearer(TestTokens.issue(UUID.randomUUID(), TestTokens.CURATOR, null));
        Map<String, String> third = bearer(TestTokens.issue(UUID.randomUUID(), TestTokens.CURATOR, null));

        // per caller: one token's subject, 8 streams, from any addresses
        for (int i = 0; i < 8; i++) {
            assertThat(open("127.0.12." + (1 + i), first).status()).isEqualTo(200);
        }
        assertRefused(open("127.0.12.20", first), "your token's subject has 8 change streams open");

        // per caller, anonymous: 8 from one address
        for (int i = 0; i < 8; i++) {
            assertThat(open("127.0.12.30", Map.of()).status()).isEqualTo(200);
        }
        assertRefused(open("127.0.12.30", Map.of()), "anonymous callers at your address have 8 change streams open");

        // per address: 8 anonymous and 8 of another caller make 16 from that address, whoever opens the next one
        for (int i = 0; i < 8; i++) {
            assertThat(open("127.0.12.30", second).status()).isEqualTo(200);
        }
        assertRefused(open("127.0.12.30", third), "your address has 16 change streams open");
        assertThat(open("127.0.12.31", third).status()).isEqualTo(200);
        assertThat(streams.openStreams()).isEqualTo(25);

        // a closed stream gives its place back
        clients.remove(0).close();
        await().atMost(READ).until(() -> streams.openStreams() == 24);
        StreamClient again = open("127.0.12.21", first);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.readUntil("event:ready", READ)).isTrue();
    }

    @Test
    void aStreamEndsAtItsMaximumAgeWithAHintToConnectAgainAndGivesItsPlaceBack() {
        long started = System.nanoTime();
        StreamClient client = open("127.0.13.1", Map.of());
        assertThat(client.readUntil("event:ready", READ)).isTrue();
        assertThat(streams.openStreams()).isEqualTo(1);
        assertThat(client.readToEnd(Duration.ofSeconds(30))).isTrue();
        long ageMillis = (System.nanoTime() - started) / 1_000_000;
        // the maximum age is 20 s; streams end within its last tenth
        assertThat(ageMillis).isBetween(17_500L, 22_000L);
        assertThat(client.body()).contains("keep-alive")
                .contains("this stream has reached its maximum age; connect again");
        await().atMost(READ).until(() -> streams.openStreams() == 0);
        await("the ended stream no longer follows the changes").atMost(READ).until(() -> !announcer.hasStreams());
    }

    private StreamClient open(String fromAddress, Map<String, String> headers) {
        StreamClient client = StreamClient.open(fromAddress, RestAssured.port, CHANGES, headers);
        clients.add(client);
        return client;
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static void assertRefused(StreamClient client, String why) {
        assertThat(client.status()).isEqualTo(429);
        assertThat(client.header("Content-Type")).startsWith("application/problem+json");
        assertThat(client.header("Retry-After")).isEqualTo("30");
        assertThat(client.readToEnd(READ)).isTrue();
        assertThat(client.body()).contains("\"status\":429").contains("too-many-streams").contains(why)
                .contains("\"instance\":\"" + CHANGES + "\"");
    }
}
