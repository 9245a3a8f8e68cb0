package io.revitalization.gateway.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small HTTP servers standing in for the services, so that the gateway's own behaviour can be observed:
 * <ul>
 * <li>cases and comparison answer every request with what they received (method, URI, headers, body size),
 * with an ETag ({@code "7"}, and 304 for {@code If-None-Match: "7"}), a Link and, for POST, an absolute
 * Location built from the Host they were sent;</li>
 * <li>cases knows one institution, {@value #KOCHI_SLUG} ({@link #KOCHI_ID});</li>
 * <li>comparison never answers {@code /api/v1/comparisons/hang} (and counts those requests at
 * {@code /hang-count}), and answers {@code /api/v1/comparisons/slow?ms=} and {@code /api/v1/comparisons/slowly?ms=}
 * after that many milliseconds; the first has a timeout of its own ({@value #SLOW_PATH_TIMEOUT}), the second the
 * service's (400 ms);</li>
 * <li>cases answers {@code /api/v1/cases/chunked?pieces=&size=&pauseMs=} chunked, without Content-Length: that many
 * pieces of {@link #chunkedPiece} of that size, with that pause between them;</li>
 * <li>comparison has a change stream at {@code /api/v1/comparisons/changes} (a {@code ready} event when it opens),
 * and answers {@code /api/v1/comparisons/kept/...} the way the real service answers its reads (strong ETag, for
 * keyed callers {@code public} or {@code private} by their role, the caller's rights in the body,
 * {@code Cache-Control: no-cache}, {@code Vary: Accept-Language}, 304 to a matching {@code If-None-Match}), with
 * a body that says how many requests for that path it has answered so far and in which data version (with
 * {@code ?padding=N&pieces=K}, padded by N characters and sent in K pieces 10 ms apart). Tests drive
 * it directly: {@code /fake/changes/announce} sends a change event (and starts a new data version),
 * {@code /fake/changes/lose?refuse=true|false} closes the open streams and refuses (or accepts again) new ones,
 * {@code /fake/changes/open} counts the open streams, {@code /fake/changes/requests} the stream requests ever
 * received;</li>
 * <li>partnerships is down: nothing listens on its port.</li>
 * </ul>
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {
    public static final String KOCHI_SLUG = "kochi-ubc";
    public static final String KOCHI_ID = "6a1f1f4e-3c2b-4f7a-9d8e-5b4a3c2d1e0f";
    public static final String BOOTSTRAP_ADMIN_KEY = "test-bootstrap-admin-key-7f3a9c2e41";
    public static final String ETAG = "\"7\"";
    public static final String SLOW_PATH_TIMEOUT = "3s";

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        config.put("gateway.routes.cases", "http://localhost:" + serve("cases"));
        config.put("gateway.routes.comparison", "http://localhost:" + serve("comparison"));
        config.put("gateway.routes.partnerships", "http://localhost:" + unusedPort());
        config.put("gateway.bootstrap-admin-key", BOOTSTRAP_ADMIN_KEY);
        config.put("gateway.services.comparison.timeout", "400ms");
        config.put("gateway.services.comparison.path-timeouts.\"/api/v1/comparisons/slow\"", SLOW_PATH_TIMEOUT);
        config.put("gateway.circuit-breaker.request-volume-threshold", "4");
        config.put("gateway.circuit-breaker.failure-ratio", "0.75");
        config.put("gateway.circuit-breaker.delay", "60s");
        // every anonymous request of the tests comes from 127.0.0.1; the address limit test uses another address
        config.put("gateway.rate-limit.per-address-requests-per-second", "5");
        config.put("gateway.rate-limit.per-address-burst", "150");
        config.put("gateway.rate-limit.per-key-requests-per-second", "100");
        config.put("gateway.rate-limit.per-key-burst", "300");
        config.put("gateway.body-limit.paths.\"/api/v1/cases/import\"", "8M");
        config.put("quarkus.http.cors.origins", "https://dashboard.example");
        config.put("gateway.response-cache.max-reconnect-delay", "500ms");
        // fewer connections per event loop than the few hundred change streams of StreamsTest: when each client's
        // stream took a connection to the service, they used up the pool and stalled every other request, as ~510
        // streams did with the default 256
        config.put("gateway.client.max-connections-per-service", "64");
        // the caps per caller and per address are the defaults (8, 16); the total is what StreamsTest opens
        config.put("gateway.change-streams.total", "300");
        config.put("gateway.change-streams.max-age", "12s");
        config.put("gateway.change-streams.keep-alive", "1s");
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private int serve(String service) {
        AtomicInteger hangs = new AtomicInteger();
        ChangingData data = new ChangingData();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            String path = request.path();
            if (service.equals("comparison") && data.handles(request)) {
                return;
            }
            if (path.equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end(openApiDocument(service).encode());
            } else if (path.equals("/api/v1/comparisons/hang")) {
                hangs.incrementAndGet();
            } else if (path.equals("/api/v1/comparisons/slow") || path.equals("/api/v1/comparisons/slowly")) {
                vertx.setTimer(Long.parseLong(request.getParam("ms")), late -> request.response()
                        .putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("uri", request.uri()).encode()));
            } else if (path.equals("/api/v1/comparisons/hang-count")) {
                request.response().end(Integer.toString(hangs.get()));
            } else if (path.equals("/api/v1/cases/chunked")) {
                chunked(request.response().setChunked(true), 0, Integer.parseInt(request.getParam("pieces")),
                        Integer.parseInt(request.getParam("size")), Long.parseLong(request.getParam("pauseMs")));
            } else if (path.startsWith("/api/v1/institutions/")) {
                institution(request, path.substring("/api/v1/institutions/".length()));
            } else {
                echo(service, request);
            }
        });
        return server.listen(0).toCompletionStage().toCompletableFuture().join().actualPort();
    }

    /** Piece {@code index} of a chunked answer: its index, repeated to the size. */
    public static String chunkedPiece(int index, int size) {
        return String.valueOf((char) ('a' + index % 26)).repeat(size);
    }

    private void chunked(HttpServerResponse response, int index, int pieces, int size, long pauseMs) {
        if (index == pieces) {
            response.end();
            return;
        }
        response.write(chunkedPiece(index, size));
        if (pauseMs > 0) {
            vertx.setTimer(pauseMs, next -> chunked(response, index + 1, pieces, size, pauseMs));
        } else {
            chunked(response, index + 1, pieces, size, pauseMs);
        }
    }

    private static void institution(HttpServerRequest request, String idOrSlug) {
        if (idOrSlug.equals(KOCHI_SLUG) || idOrSlug.equals(KOCHI_ID)) {
            request.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("id", KOCHI_ID).put("slug", KOCHI_SLUG).encode());
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    private static void echo(String service, HttpServerRequest request) {
        request.body().onSuccess(body -> {
            if (ETAG.equals(request.getHeader("If-None-Match"))) {
                request.response().setStatusCode(304).putHeader("ETag", ETAG).end();
                return;
            }
            JsonObject headers = new JsonObject();
            request.headers().forEach(header -> {
                String name = header.getKey().toLowerCase();
                JsonArray values = headers.containsKey(name) ? headers.getJsonArray(name) : new JsonArray();
                headers.put(name, values.add(header.getValue()));
            });
            if ("POST".equals(request.method().name())) {
                request.response().setStatusCode(201)
                        .putHeader("Location", "http://" + request.getHeader("Host") + request.path() + "/123");
            }
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("ETag", ETAG)
                    .putHeader("Link", "<" + request.path() + "?cursor=abc>; rel=\"next\"")
                    .putHeader("X-Request-Id", "echoed-by-the-service")
                    .end(new JsonObject()
                            .put("service", service)
                            .put("method", request.method().name())
                            .put("uri", request.uri())
                            .put("headers", headers)
                            .put("bodyBytes", body.length())
                            .encode());
        });
    }

    /** The comparison service's data as far as the gateway's kept answers are concerned. */
    private static final class ChangingData {
        private final List<HttpServerResponse> streams = new ArrayList<>();
        private int streamRequests;
        private final Map<String, Integer> served = new HashMap<>();
        private int version = 1;
        private boolean refusing;

        boolean handles(HttpServerRequest request) {
            String path = request.path();
            switch (path) {
                case "/api/v1/comparisons/changes" -> openStream(request);
                case "/fake/changes/announce" -> {
                    version++;
                    streams.forEach(stream -> stream.write("event: change\ndata: {\"dataVersion\":" + version + "}\n\n"));
                    request.response().end(Integer.toString(version));
                }
                case "/fake/changes/lose" -> {
                    refusing = Boolean.parseBoolean(request.getParam("refuse"));
                    streams.forEach(stream -> stream.reset());
                    streams.clear();
                    request.response().end();
                }
                case "/fake/changes/open" -> request.response().end(Integer.toString(streams.size()));
                case "/fake/changes/requests" -> request.response().end(Integer.toString(streamRequests));
                default -> {
                    if (!path.startsWith("/api/v1/comparisons/kept/")) {
                        return false;
                    }
                    read(request);
                }
            }
            return true;
        }

        private void openStream(HttpServerRequest request) {
            HttpServerResponse response = request.response();
            streamRequests++;
            if (refusing) {
                response.setStatusCode(503).end();
                return;
            }
            streams.add(response);
            response.closeHandler(closed -> streams.remove(response));
            response.setChunked(true).putHeader("Content-Type", "text/event-stream")
                    .write(": opened\n\nevent: ready\nid: " + version + "\ndata: {\"dataVersion\":" + version + "}\n\n");
        }

        private void read(HttpServerRequest request) {
            String rights = rightsOf(request.getHeader("Authorization"));
            String etag = "\"" + version + "-" + (request.path() + rights).hashCode() + "\"";
            HttpServerResponse response = request.response().putHeader("ETag", etag)
                    .putHeader("Cache-Control", cacheControl(rights)).putHeader("Vary", "Accept-Language");
            if (request.method().name().equals("GET") && etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatusCode(304).end();
                return;
            }
            int count = served.merge(request.path(), 1, Integer::sum);
            JsonObject body = new JsonObject().put("path", request.path()).put("dataVersion", version)
                    .put("served", count).put("rights", rights).put("acceptLanguage", request.getHeader("Accept-Language"));
            response.putHeader("Content-Type", "application/json");
            String padding = request.getParam("padding");
            if (padding == null) {
                response.end(body.encode());
                return;
            }
            // a large answer, sent in pieces with a pause between them, as a large one arrives over several reads
            String whole = body.put("padding", "x".repeat(Integer.parseInt(padding))).encode();
            int pieces = Integer.parseInt(request.getParam("pieces"));
            List<String> parts = new ArrayList<>();
            for (int piece = 0; piece < pieces; piece++) {
                parts.add(whole.substring(whole.length() * piece / pieces, whole.length() * (piece + 1) / pieces));
            }
            inPieces(response.setChunked(true), parts, 0);
        }

        private void inPieces(HttpServerResponse response, List<String> parts, int next) {
            if (next == parts.size()) {
                response.end();
                return;
            }
            response.write(parts.get(next));
            Vertx.currentContext().owner().setTimer(10, later -> inPieces(response, parts, next + 1));
        }
    }

    /** The caller's role and institution, from the gateway's token (not verified here); {@code anonymous} without one. */
    private static String rightsOf(String authorization) {
        if (authorization == null) {
            return "anonymous";
        }
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        return claims.getJsonArray("groups").getString(0) + " " + claims.getString("institution", "-");
    }

    /**
     * As comparison-service decides it when the partners' institutions lead no sensitive case but some case is
     * sensitive: a partner reads what everyone reads ({@code public}); a curator or admin may read more, and that
     * answer is theirs alone ({@code private}).
     */
    private static String cacheControl(String rights) {
        if (rights.equals("anonymous")) {
            return "no-cache";
        }
        return rights.startsWith("partner ") ? "public, no-cache" : "private, no-cache";
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A service's document: one path, a component every service declares alike ({@code Problem}) and one each
     * declares its own way ({@code notFound}).
     */
    public static JsonObject openApiDocument(String service) {
        JsonObject notFound = new JsonObject().put("$ref", "#/components/examples/notFound");
        JsonObject operation = new JsonObject().put("responses", new JsonObject().put("404", new JsonObject()
                .put("description", "not found").put("content", new JsonObject().put("application/problem+json",
                        new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/Problem"))
                                .put("examples", new JsonObject().put("not found", notFound))))));
        return new JsonObject().put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "fake " + service).put("version", "1.0.0"))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("tags", new JsonArray().add(new JsonObject().put("name", service)))
                .put("paths", new JsonObject().put("/api/v1/" + service + "/fake", new JsonObject().put("get", operation)))
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject().put("Problem", new JsonObject().put("type", "object")))
                        .put("examples", new JsonObject().put("notFound",
                                new JsonObject().put("value", new JsonObject().put("detail", "no such " + service)))));
    }
}
