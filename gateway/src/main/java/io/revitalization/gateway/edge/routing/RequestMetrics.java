package io.revitalization.gateway.edge.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.revitalization.gateway.edge.caching.ResponseCache;
import io.revitalization.gateway.edge.security.ApiKeyAuthentication;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts and times every request the gateway answers ({@code gateway_requests_seconds}) by the service that
 * answered it ({@code gateway} for the gateway's own answers), the status, and whether a kept answer served it
 * ({@code cache}: {@code hit}, {@code miss} or {@code none}); requests refused for a rate limit also count in
 * {@code gateway_rate_limited_total} by {@code limit} ({@code key} or {@code address}). The timers are looked up
 * once per combination, so a request costs two map reads and a timer update.
 */
@ApplicationScoped
public class RequestMetrics implements Handler<RoutingContext> {
    private final MeterRegistry meters;
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> limited = new ConcurrentHashMap<>();

    public RequestMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void handle(RoutingContext context) {
        long start = System.nanoTime();
        context.addEndHandler(end -> record(context, System.nanoTime() - start));
        context.next();
    }

    private void record(RoutingContext context, long nanos) {
        String service = orDefault(context.get(GatewayRoutes.UPSTREAM), "gateway");
        String cache = orDefault(context.get(ResponseCache.STATUS), "none");
        int status = context.response().getStatusCode();
        timers.computeIfAbsent(service + ' ' + status + ' ' + cache, key -> Timer.builder("gateway.requests")
                        .description("requests answered by the gateway")
                        .tag("service", service).tag("status", Integer.toString(status)).tag("cache", cache)
                        .register(meters))
                .record(nanos, TimeUnit.NANOSECONDS);
        if (status == 429) {
            String limit = orDefault(context.get(ApiKeyAuthentication.RATE_LIMIT), "other");
            limited.computeIfAbsent(limit, key -> Counter.builder("gateway.rate.limited")
                    .description("requests refused for a rate limit").tag("limit", limit).register(meters)).increment();
        }
    }

    private static String orDefault(Object value, String otherwise) {
        return value == null ? otherwise : value.toString();
    }
}
