package io.revitalization.gateway.edge.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One HTTP client (and connection pool) per event loop. A request then always finds a connection to the service
 * that lives on its own event loop; with one shared pool it would often borrow another loop's connection and hop
 * between threads twice per request, which on two cores costs about a fifth of the proxy's time.
 */
final class EventLoopClients {
    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final Map<Thread, HttpClient> byEventLoop = new ConcurrentHashMap<>();

    EventLoopClients(Vertx vertx, HttpClientOptions options, PoolOptions pool) {
        this.vertx = vertx;
        this.options = options;
        this.pool = pool;
    }

    /** The client of the calling event loop. */
    HttpClient current() {
        Thread loop = Thread.currentThread();
        HttpClient client = byEventLoop.get(loop);
        return client != null ? client : byEventLoop.computeIfAbsent(loop, first -> vertx.createHttpClient(options, pool));
    }

    void close() {
        byEventLoop.values().forEach(HttpClient::close);
    }
}
