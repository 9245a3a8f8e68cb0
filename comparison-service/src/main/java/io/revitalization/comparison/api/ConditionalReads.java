package io.revitalization.comparison.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.revitalization.comparison.app.change.Snapshots;
import io.revitalization.comparison.app.change.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;

/**
 * Conditional, cached comparison reads. The ETag is derived from (endpoint, normalised query, data version): a
 * matching {@code If-None-Match} answers 304 before anything is computed, and a result is computed at most once per
 * (query, data version) and then served from memory. {@code Cache-Control: no-cache} lets clients and proxies keep a
 * result but makes them revalidate it, which costs a 304 as long as nothing changed.
 */
@ApplicationScoped
public class ConditionalReads {
    static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    private final CaffeineCache cache;
    private final Snapshots snapshots;
    private final MeterRegistry meters;

    public ConditionalReads(@CacheName("comparisons") Cache cache, Snapshots snapshots,
                               MeterRegistry meters) {
        this.cache = cache.as(CaffeineCache.class);
        this.snapshots = snapshots;
        this.meters = meters;
    }

    private record Key(String endpoint, String query, long dataVersion) {
    }

    /**
     * @param query the parsed, normalised query (its record form), so that two spellings of one question share an
     *              ETag and a cache entry
     */
    public Response respond(Request request, String endpoint, String query, LongFunction<?> computation) {
        long current = snapshots.current();
        EntityTag currentTag = tagOf(endpoint, query, current);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(currentTag);
        if (notModified != null) {
            return withCaching(notModified, currentTag);
        }
        Object result = cached(new Key(endpoint, query, current));
        long version = current;
        if (result == null) {
            Versioned<?> computed = snapshots.compute(computation);
            meters.counter("comparison.computations", "endpoint", endpoint).increment();
            result = computed.result();
            version = computed.dataVersion();
            cache.put(new Key(endpoint, query, version), CompletableFuture.completedFuture(result));
        }
        return withCaching(Response.ok(result), tagOf(endpoint, query, version));
    }

    private Object cached(Key key) {
        CompletableFuture<Object> entry = cache.getIfPresent(key);
        return entry == null ? null : entry.getNow(null);
    }

    private static Response withCaching(Response.ResponseBuilder response, EntityTag tag) {
        return response.tag(tag).cacheControl(REVALIDATE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    /** {@code "<data version>-<hash of endpoint and query>"}: strong, and readable enough to debug. */
    static EntityTag tagOf(String endpoint, String query, long dataVersion) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((endpoint + "?" + query).getBytes(StandardCharsets.UTF_8));
            return new EntityTag(dataVersion + "-" + HexFormat.of().formatHex(digest, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
