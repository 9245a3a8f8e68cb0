package io.revitalization.gateway.edge.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.gateway.config.GatewayConfig;
import io.revitalization.gateway.edge.caching.ChangeFeed;
import io.revitalization.gateway.edge.web.ProblemResponses;
import io.revitalization.testsupport.http.StreamClient;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before the service's change stream has ever been open, a client is refused for now rather than told nothing; once
 * open, the ready and resync events a client gets are the service's own.
 */
class ChangeStreamsBeforeTheServiceTest {
    private static final Duration READ = Duration.ofSeconds(5);
    private Vertx vertx;
    private ChangeStreams streams;
    private int port;

    @BeforeEach
    void serve() {
        vertx = Vertx.vertx();
        streams = new ChangeStreams("comparison", vertx, StreamCapsProducer.of(settings()), new ProblemResponses(
                new ObjectMapper()), settings(), Duration.ofMillis(1500));
        Router router = Router.router(vertx);
        router.get("/changes").handler(streams::serve);
        port = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage().toCompletableFuture()
                .join().actualPort();
    }

    @AfterEach
    void stop() {
        streams.close();
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    @Test
    void aStreamNeverOpenedIs503WithRetryAfterAndOnceOpenClientsAreToldItsVersion() {
        try (StreamClient refused = StreamClient.open("127.0.0.1", port, "/changes", Map.of())) {
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("2");
            assertThat(refused.readToEnd(READ)).isTrue();
            assertThat(refused.body()).contains("\"status\":503").contains("not open yet");
        }

        streams.opened(new ChangeFeed.Event("ready", "41", "{\"dataVersion\":41,\"codebooks\":[],\"dimensions\":[],"
                + "\"groupings\":[],\"comparisons\":[],\"at\":\"2026-05-01T10:00:00Z\"}"));
        streams.event(new ChangeFeed.Event("change", "42", "{\"dataVersion\":42,\"comparisons\":[\"overview\"]}"));
        try (StreamClient client = StreamClient.open("127.0.0.1", port, "/changes", Map.of())) {
            assertThat(client.status()).isEqualTo(200);
            assertThat(client.readUntil("\n\n", READ)).isTrue();
            assertThat(client.body()).startsWith("retry: 3000\nevent: ready\nid: 42\ndata: {\"dataVersion\":42,"
                    + "\"codebooks\":[],\"dimensions\":[],\"groupings\":[],\"comparisons\":[],\"at\":");
            streams.event(new ChangeFeed.Event("change", "43", "{\"dataVersion\":43,\n\"comparisons\":[\"trend\"]}"));
            assertThat(client.readUntil("[\"trend\"]}\n\n", READ)).isTrue();
            assertThat(client.body()).contains(
                    "event: change\nid: 43\ndata: {\"dataVersion\":43,\ndata: \"comparisons\":[\"trend\"]}\n\n");
        }
    }

    @Test
    void theServicesStreamBackAtTheSameVersionTellsNothingAndAtAnotherItTellsToReRead() {
        streams.opened(new ChangeFeed.Event("ready", "41", "{\"dataVersion\":41}"));
        try (StreamClient client = StreamClient.open("127.0.0.1", port, "/changes", Map.of())) {
            assertThat(client.readUntil("\n\n", READ)).isTrue();
            // the service ended its stream (its maximum age, say) and nothing was committed before it was back
            streams.lost();
            streams.opened(new ChangeFeed.Event("ready", "41", "{\"dataVersion\":41}"));
            streams.lost();
            streams.opened(new ChangeFeed.Event("ready", "44", "{\"dataVersion\":44}"));
            assertThat(client.readUntil("\"resync\":true", READ)).isTrue();
            assertThat(client.body()).contains("event: change\nid: 44\ndata: {\"dataVersion\":44,")
                    .doesNotContain("event: change\nid: 41");
        }
    }

    /** The gateway knows no service's fields: its ready and resync events have the service's own. */
    @Test
    void readyAndResyncHaveTheFieldsOfTheServicesOwnReadyEvent() {
        streams.opened(new ChangeFeed.Event("ready", "7", "{\"dataVersion\":7,\"reads\":[],\"at\":\"2026-05-01T10:00:00Z\"}"));
        streams.event(new ChangeFeed.Event("change", "8", "{\"dataVersion\":8,\"reads\":[\"network\"]}"));
        try (StreamClient client = StreamClient.open("127.0.0.1", port, "/changes", Map.of())) {
            assertThat(client.readUntil("\n\n", READ)).isTrue();
            assertThat(client.body()).startsWith("retry: 3000\nevent: ready\nid: 8\ndata: {\"dataVersion\":8,"
                    + "\"reads\":[],\"at\":").doesNotContain("2026-05-01T10:00:00Z", "comparisons", "codebooks");
            streams.lost();
            streams.opened(new ChangeFeed.Event("ready", "9", "{\"dataVersion\":9,\"reads\":[],\"at\":\"2026-05-01T10:00:01Z\"}"));
            assertThat(client.readUntil("\"resync\":true", READ)).isTrue();
            assertThat(client.body()).contains("event: change\nid: 9\ndata: {\"dataVersion\":9,\"reads\":[],\"at\":")
                    .doesNotContain("comparisons");
        }
    }

    private static GatewayConfig.ChangeStreams settings() {
        return new GatewayConfig.ChangeStreams() {
            @Override
            public int perCaller() {
                return 8;
            }

            @Override
            public int perAddress() {
                return 16;
            }

            @Override
            public int total() {
                return 100;
            }

            @Override
            public Duration maxAge() {
                return Duration.ofMinutes(15);
            }

            @Override
            public Duration keepAlive() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration reconnectAfter() {
                return Duration.ofSeconds(3);
            }

            @Override
            public Duration refusedRetryAfter() {
                return Duration.ofSeconds(30);
            }
        };
    }
}
