package io.revitalization.comparison.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.revitalization.comparison.app.change.Snapshots;
import io.revitalization.comparison.app.change.Versioned;
import io.revitalization.comparison.app.query.SharedAnswers;
import io.revitalization.support.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
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
 * <p>
 * A read depends on its caller only through the case texts the caller may see ({@link CaseTexts}, part of the
 * query): an answer for a caller who sees no more than an anonymous caller ({@link SharedAnswers}) is everyone's,
 * and says so with {@code public} (RFC 9111 3.5: a shared cache may keep it although the request was
 * authenticated); the answer for a caller who may see withheld text (a curator or admin while any case has some, a
 * partner whose institution leads such a case) is {@code private}, for that caller alone.
 */
@ApplicationScoped
public class ConditionalReads {
    static final String EVERYONES = "public, no-cache";
    static final String CALLERS_OWN = "private, no-cache";

    private final CaffeineCache cache;
    private final Snapshots snapshots;
    private final MeterRegistry meters;
    private final CallerContext callers;
    private final SharedAnswers shared;

    public ConditionalReads(@CacheName("comparisons") Cache cache, Snapshots snapshots,
                               MeterRegistry meters, CallerContext callers, SharedAnswers shared) {
        this.shared = shared;
        this.cache = cache.as(CaffeineCache.class);
        this.snapshots = snapshots;
        this.meters = meters;
        this.callers = callers;
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

    private Response withCaching(Response.ResponseBuilder response, EntityTag tag) {
        String caching = shared.isEveryones(CaseTexts.scopeOf(callers.current())) ? EVERYONES : CALLERS_OWN;
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, caching).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
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
