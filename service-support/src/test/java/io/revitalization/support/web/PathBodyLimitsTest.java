package io.revitalization.support.web;

import io.revitalization.support.problem.Problem;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PathBodyLimitsTest {
    private static final PathBodyLimits LIMITS = new PathBodyLimits(1000,
            Map.of("/api/v1/cases/import", 5000L, "/api/v1/cases", 2000L), PathBodyLimitsTest::send);
    private static Vertx vertx;
    private static HttpServer server;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.route("/api/*").handler(LIMITS);
        router.route("/api/*").handler(context -> {
            AtomicLong received = new AtomicLong();
            context.request().exceptionHandler(e -> { });
            LIMITS.limitStream(context.request(), context.request(), () -> send(context,
                            PathBodyLimits.tooLarge(LIMITS.limitFor(context.request().path())).problem()))
                    .handler(buffer -> received.addAndGet(buffer.length()))
                    .endHandler(ignored -> {
                        if (!context.response().ended()) {
                            context.response().end(String.valueOf(received.get()));
                        }
                    });
        });
        server = vertx.createHttpServer().requestHandler(router).listen(0)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static void send(io.vertx.ext.web.RoutingContext context, Problem problem) {
        context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(JsonObject.mapFrom(problem).encode());
    }

    @Test
    void theLongestMatchingPrefixWins() {
        assertThat(LIMITS.limitFor("/api/v1/cases/import")).isEqualTo(5000);
        assertThat(LIMITS.limitFor("/api/v1/cases/abc")).isEqualTo(2000);
        assertThat(LIMITS.limitFor("/api/v1/partnerships")).isEqualTo(1000);
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413BeforeTheBodyIsRead() throws Exception {
        HttpResponse<String> refused = post("/api/v1/partnerships", 1001);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).contains(Problem.MEDIA_TYPE);
        assertThat(new JsonObject(refused.body()).getString("detail"))
                .isEqualTo("the request body may have at most 1000 bytes here");

        assertThat(post("/api/v1/partnerships", 1000).body()).isEqualTo("1000");
        assertThat(post("/api/v1/cases/import", 4000).body()).isEqualTo("4000");
    }

    @Test
    void aMalformedLengthIs400() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", server.actualPort())) {
            socket.getOutputStream().write(("POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Length: lots\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void aChunkedBodyIsCountedWhileItStreams() throws Exception {
        var client = vertx.createHttpClient();
        try {
            var response = client.request(io.vertx.core.http.HttpMethod.POST, server.actualPort(), "localhost",
                            "/api/v1/partnerships")
                    .compose(request -> {
                        request.setChunked(true);
                        for (int i = 0; i < 5; i++) {
                            request.write(Buffer.buffer(new byte[300]));
                        }
                        return request.end().compose(ignored -> request.response());
                    })
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(413);
        } finally {
            client.close();
        }
    }

    private static HttpResponse<String> post(String path, int bytes) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.actualPort() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[bytes])).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
