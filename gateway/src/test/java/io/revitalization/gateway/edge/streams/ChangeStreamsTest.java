package io.revitalization.gateway.edge.streams;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.revitalization.gateway.testing.AdminKeys;
import io.revitalization.testsupport.http.StreamClient;
import io.revitalization.support.streams.StreamCaps;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The change stream the gateway serves itself: one stream from the comparison service, fanned out to every client;
 * caps per caller, per address and in total; a maximum age. Clients are plain sockets from addresses of
 * 127.0.0.0/8, so that each test plays its own addresses (the test configuration: per caller 8, per address 16,
 * 300 in total, a maximum age of 12 s, a keep-alive every second).
 */
@QuarkusTest
class ChangeStreamsTest {
    private static final String CHANGES = "/api/v1/comparisons/changes";
    private static final Duration READ = Duration.ofSeconds(5);

    @ConfigProperty(name = "gateway.routes.comparison")
    URI comparisonService;

    @Inject
    StreamCaps caps;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private final List<StreamClient> clients = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        clients.forEach(StreamClient::close);
        clients.clear();
        await().atMost(Duration.ofSeconds(10)).until(() -> caps.open() == 0);
        fake("/fake/changes/lose?refuse=false");
        await().atMost(Duration.ofSeconds(10)).until(() -> fake("/fake/changes/open").equals("1"));
        circuitBreakers.resetAll();
    }

    @Test
    void aFewHundredStreamsTakeNothingFromOtherRequestsAndEveryOneHearsEveryChange() {
        String streamRequestsBefore = fake("/fake/changes/requests");
        // 300 anonymous streams (the test's total cap), 8 from each of 38 addresses (the cap of an anonymous caller)
        for (int i = 0; i < 300; i++) {
            StreamClient client = open("127.0.1." + (1 + i / 8), Map.of());
            assertThat(client.status()).as("stream %d", i).isEqualTo(200);
            assertThat(client.header("Content-Type")).startsWith("text/event-stream");
            assertThat(client.readUntil("event: ready", READ)).as("stream %d is ready", i).isTrue();
        }

        long started = System.nanoTime();
        Response read = given().header("Cache-Control", "no-cache").when().get("/api/v1/comparisons/overview");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.jsonPath().getString("service")).isEqualTo("comparison");
        assertThat(tookMillis).as("a comparison read while 300 streams are open").isLessThan(1000);
        assertThat(fake("/fake/changes/requests")).as("the service saw no stream request of a client")
                .isEqualTo(streamRequestsBefore);
        assertThat(fake("/fake/changes/open")).as("the gateway's own stream is the only one").isEqualTo("1");

        int version = Integer.parseInt(fake("/fake/changes/announce"));
        String change = "event: change\ndata: {\"dataVersion\":" + version + "}\n\n";
        for (StreamClient client : clients) {
            assertThat(client.readUntil(change, READ)).as("every client hears the change: %s", client.body())
                    .isTrue();
        }
        // a new client is told the latest version at once
        StreamClient late = open("127.0.1.200", Map.of());
        assertThat(late.status()).as("301st stream: the total is used up").isEqualTo(429);
        clients.remove(late);
        late.close();
        clients.remove(0).close();
        await().atMost(READ).until(() -> caps.open() == 299);
        StreamClient next = open("127.0.1.200", Map.of());
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.readUntil("\n\n", READ)).isTrue();
        assertThat(next.body()).startsWith("retry: ")
                .contains("event: ready\nid: " + version + "\ndata: {\"dataVersion\":" + version + ",");
    }

    @Test
    void theCapsPerCallerPerAddressAndInTotalAreAnswered429WithRetryAfter() {
        AdminKeys.Issued first = AdminKeys.issue(Map.of("role", "curator"));
        AdminKeys.Issued second = AdminKeys.issue(Map.of("role", "curator"));
        AdminKeys.Issued third = AdminKeys.issue(Map.of("role", "curator"));

        // per caller: one key, 8 streams, from any addresses
        for (int i = 0; i < 8; i++) {
            assertThat(open("127.0.2." + (1 + i), Map.of("X-API-Key", first.key())).status()).isEqualTo(200);
        }
        assertRefused(open("127.0.2.20", Map.of("X-API-Key", first.key())), "this API key has 8 change streams open");

        // per caller, anonymous: 8 from one address
        for (int i = 0; i < 8; i++) {
            assertThat(open("127.0.2.30", Map.of()).status()).isEqualTo(200);
        }
        assertRefused(open("127.0.2.30", Map.of()), "anonymous callers at your address have 8 change streams open");

        // per address: 8 anonymous and 8 of another key make 16 from that address, whoever opens the next one
        for (int i = 0; i < 8; i++) {
            assertThat(open("127.0.2.30", Map.of("X-API-Key", second.key())).status()).isEqualTo(200);
        }
        assertRefused(open("127.0.2.30", Map.of("X-API-Key", third.key())), "your address has 16 change streams open");
        assertThat(open("127.0.2.31", Map.of("X-API-Key", third.key())).status()).isEqualTo(200);

        // in total: 300
        int open = caps.open();
        assertThat(open).isEqualTo(25);
        for (int i = open; i < 300; i++) {
            assertThat(open("127.0.3." + (1 + i / 8), Map.of()).status()).isEqualTo(200);
        }
        assertRefused(open("127.0.3.250", Map.of()), "this gateway's 300 change streams are all open");

        // a closed stream gives its place back
        clients.remove(0).close();
        await().atMost(READ).until(() -> caps.open() == 299);
        assertThat(open("127.0.2.21", Map.of("X-API-Key", first.key())).status()).isEqualTo(200);
    }

    @Test
    void whileTheServicesStreamIsLostClientsStayOpenAndAreToldToReReadWhenItIsBack() {
        StreamClient client = open("127.0.4.1", Map.of());
        assertThat(client.readUntil("event: ready", READ)).isTrue();
        fake("/fake/changes/lose?refuse=true");
        int keepAlives = count(client.body(), ": keep-alive");
        await().atMost(READ).untilAsserted(() -> {
            client.readUntil("what is never sent", Duration.ofMillis(300));
            assertThat(count(client.body(), ": keep-alive")).isGreaterThan(keepAlives + 1);
        });
        assertThat(client.ended()).isFalse();

        int version = Integer.parseInt(fake("/fake/changes/announce"));
        fake("/fake/changes/lose?refuse=false");
        assertThat(client.readUntil("\"resync\":true", READ)).isTrue();
        assertThat(client.body()).contains("event: change\nid: " + version + "\ndata: {\"dataVersion\":" + version
                + ",");
    }

    /** Every service with a change stream has its own, followed once: partnerships' is down in these tests. */
    @Test
    void partnershipsStreamIsServedByTheGatewayFromItsOwnFollowedStream() {
        StreamClient client = StreamClient.open("127.0.6.1", RestAssured.port, "/api/v1/partnerships/changes",
                Map.of());
        clients.add(client);
        assertThat(client.status()).isEqualTo(503);
        assertThat(client.header("Retry-After")).isNotNull();
        assertThat(client.readToEnd(READ)).isTrue();
        assertThat(client.body()).contains("the change stream of the partnerships service is not open yet");
    }

    @Test
    void aStreamEndsAtItsMaximumAgeWithAHintToConnectAgain() {
        long started = System.nanoTime();
        StreamClient client = open("127.0.5.1", Map.of());
        assertThat(client.readUntil("\n\n", READ)).isTrue();
        assertThat(client.body()).startsWith("retry: 3000\n");
        assertThat(client.readToEnd(Duration.ofSeconds(20))).isTrue();
        long ageMillis = (System.nanoTime() - started) / 1_000_000;
        // the maximum age is 12 s; streams end within its last tenth
        assertThat(ageMillis).isBetween(10_500L, 14_000L);
        assertThat(client.body()).contains(": this stream has reached its maximum age; connect again");
        await().atMost(READ).until(() -> caps.open() == 0);
    }

    private StreamClient open(String fromAddress, Map<String, String> headers) {
        StreamClient client = StreamClient.open(fromAddress, RestAssured.port, CHANGES, headers);
        clients.add(client);
        return client;
    }

    private static void assertRefused(StreamClient client, String why) {
        assertThat(client.status()).isEqualTo(429);
        assertThat(client.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(client.header("Retry-After")).isEqualTo("30");
        assertThat(client.readToEnd(READ)).isTrue();
        assertThat(client.body()).contains("\"status\":429").contains(why);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
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
