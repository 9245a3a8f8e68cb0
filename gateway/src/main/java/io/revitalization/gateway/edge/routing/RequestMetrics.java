package io.revitalization.gateway.edge.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.revitalization.gateway.config.GatewayConfig;
import io.revitalization.gateway.edge.caching.ResponseCache;
import io.revitalization.gateway.edge.security.ApiKeyAuthentication;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts and times every request the gateway answers ({@code gateway_requests_seconds}) by the service that
 * answered it ({@code gateway} for the gateway's own answers), the status, and whether a kept answer served it
 * ({@code cache}: {@code hit}, {@code miss} or {@code none}); requests refused for a rate limit also count in
 * {@code gateway_rate_limited_total} by {@code limit} ({@code key} or {@code address}).
 * <p>
 * The per-request path is an array read and two adds: every service has a table of its series by status and cache
 * state, filled the first time a combination occurs (the usual ones are registered at start), and a series is a
 * count and a sum (a {@link FunctionTimer}, no maximum or histogram), so a request builds no tags, strings or keys.
 */
@ApplicationScoped
public class RequestMetrics implements Handler<RoutingContext> {
    private static final String OWN = "gateway";
    private static final int FIRST_STATUS = 100;
    private static final int STATUSES = 500;
    private static final String[] CACHE_STATES = {"none", "miss", "hit"};
    private static final int[] USUAL_STATUSES = {200, 304, 404, 429, 503};

    private final MeterRegistry meters;
    /** By the service's name (the {@link GatewayRoutes#UPSTREAM} of a request); read only after the start. */
    private final Map<String, AtomicReferenceArray<Series>> byService = new HashMap<>();
    private final AtomicReferenceArray<Series> own;
    private final Counter limitedByKey;
    private final Counter limitedByAddress;
    private final Counter limitedOtherwise;

    /** One series: how many requests, and their time. */
    private static final class Series {
        final LongAdder count = new LongAdder();
        final LongAdder nanos = new LongAdder();
    }

    public RequestMetrics(MeterRegistry meters, GatewayConfig config) {
        this.meters = meters;
        own = table(OWN);
        byService.put(OWN, own);
        for (String service : config.services().keySet()) {
            byService.put(service, table(service));
        }
        limitedByKey = limited("key");
        limitedByAddress = limited("address");
        limitedOtherwise = limited("other");
    }

    @Override
    public void handle(RoutingContext context) {
        long start = System.nanoTime();
        context.addEndHandler(end -> record(context, System.nanoTime() - start));
        context.next();
    }

    private void record(RoutingContext context, long nanos) {
        Object service = context.get(GatewayRoutes.UPSTREAM);
        AtomicReferenceArray<Series> table = service == null ? own : byService.getOrDefault(service, own);
        int status = context.response().getStatusCode();
        int cache = cacheState(context.get(ResponseCache.STATUS));
        Series series = series(table, service == null ? OWN : service.toString(), status, cache);
        series.count.increment();
        series.nanos.add(nanos);
        if (status == 429) {
            Object limit = context.get(ApiKeyAuthentication.RATE_LIMIT);
            ("key".equals(limit) ? limitedByKey : "address".equals(limit) ? limitedByAddress : limitedOtherwise)
                    .increment();
        }
    }

    private static int cacheState(Object state) {
        // ResponseCache sets one of its two constants
        return "hit".equals(state) ? 2 : "miss".equals(state) ? 1 : 0;
    }

    private Series series(AtomicReferenceArray<Series> table, String service, int status, int cache) {
        Series series = table.get(slot(status, cache));
        return series != null ? series : registered(table, service, status, cache);
    }

    /** The first request of a combination registers its series, once (a meter reads the one it was given). */
    private synchronized Series registered(AtomicReferenceArray<Series> table, String service, int status, int cache) {
        int slot = slot(status, cache);
        Series series = table.get(slot);
        if (series == null) {
            series = register(service, status, cache);
            table.set(slot, series);
        }
        return series;
    }

    private AtomicReferenceArray<Series> table(String service) {
        AtomicReferenceArray<Series> table = new AtomicReferenceArray<>(STATUSES * CACHE_STATES.length);
        for (int status : USUAL_STATUSES) {
            for (int cache = 0; cache < CACHE_STATES.length; cache++) {
                table.set(slot(status, cache), register(service, status, cache));
            }
        }
        return table;
    }

    private static int slot(int status, int cache) {
        // HTTP statuses are 100-599
        int index = Math.min(Math.max(status - FIRST_STATUS, 0), STATUSES - 1);
        return index * CACHE_STATES.length + cache;
    }

    private Series register(String service, int status, int cache) {
        Series series = new Series();
        FunctionTimer.builder("gateway.requests", series, s -> s.count.sum(), s -> s.nanos.sum(), TimeUnit.NANOSECONDS)
                .description("requests answered by the gateway")
                .tag("service", service).tag("status", Integer.toString(status)).tag("cache", CACHE_STATES[cache])
                .register(meters);
        return series;
    }

    private Counter limited(String limit) {
        return Counter.builder("gateway.rate.limited").description("requests refused for a rate limit")
                .tag("limit", limit).register(meters);
    }
}
