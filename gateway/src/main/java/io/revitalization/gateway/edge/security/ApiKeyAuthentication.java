package io.revitalization.gateway.edge.security;

import io.revitalization.gateway.edge.limits.RateLimiter;
import io.revitalization.gateway.edge.web.ProblemResponses;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;

/**
 * Turns the API key of an {@code /api/} request into its caller, and applies the rate limits: a key's own
 * bucket for a valid key, the client address's bucket for everyone else (anonymous callers and wrong keys, so
 * guessing keys is throttled too). Credentials the client sent never travel further: a service only ever sees
 * the token the gateway signs.
 */
@ApplicationScoped
public class ApiKeyAuthentication implements Handler<RoutingContext> {
    /** Where the caller's {@link ActiveKey} is kept in the routing context (absent: anonymous). */
    public static final String CALLER = "gateway.caller";
    /** The caller's key id, for the access log ({@code %{d,gateway.key-id}}). */
    public static final String KEY_ID = "gateway.key-id";
    /** Which limit refused the request ({@code key} or {@code address}), for the metrics. */
    public static final String RATE_LIMIT = "gateway.rate-limit";
    public static final String API_KEY_HEADER = "X-API-Key";
    private static final CharSequence X_API_KEY = HttpHeaders.createOptimized(API_KEY_HEADER);
    private static final String API_KEY_SCHEME = "ApiKey ";

    private final KeyDirectory directory;
    private final RateLimiter limiter;
    private final ProblemResponses problems;

    public ApiKeyAuthentication(KeyDirectory directory, RateLimiter limiter, ProblemResponses problems) {
        this.directory = directory;
        this.limiter = limiter;
        this.problems = problems;
    }

    public static Optional<ActiveKey> callerOf(RoutingContext context) {
        return Optional.ofNullable(context.get(CALLER));
    }

    @Override
    public void handle(RoutingContext context) {
        MultiMap headers = context.request().headers();
        String presented = presentedKey(headers);
        headers.remove(HttpHeaders.AUTHORIZATION);
        headers.remove(X_API_KEY);
        if (presented == null) {
            if (withinAddressLimit(context)) {
                context.next();
            }
            return;
        }
        Optional<ActiveKey> key = directory.find(presented).filter(k -> !k.isExpiredAt(Instant.now()));
        if (key.isEmpty()) {
            if (withinAddressLimit(context)) {
                problems.send(context, ProblemException.unauthorized("the API key is unknown, revoked or expired")
                        .problem());
            }
            return;
        }
        long wait = limiter.acquireForKey(key.get().id(), key.get().requestsPerSecond());
        if (wait > 0) {
            tooManyRequests(context, wait, "key", "this API key");
            return;
        }
        context.put(CALLER, key.get());
        context.put(KEY_ID, key.get().id().toString());
        context.next();
    }

    /** {@code X-API-Key: <key>}, or {@code Authorization: ApiKey <key>}. */
    private static String presentedKey(MultiMap headers) {
        String key = headers.get(X_API_KEY);
        if (key == null) {
            String authorization = headers.get(HttpHeaders.AUTHORIZATION);
            if (authorization != null && authorization.regionMatches(true, 0, API_KEY_SCHEME, 0, API_KEY_SCHEME.length())) {
                key = authorization.substring(API_KEY_SCHEME.length());
            }
        }
        return key == null || key.isBlank() ? null : key.trim();
    }

    private boolean withinAddressLimit(RoutingContext context) {
        SocketAddress address = context.request().remoteAddress();
        long wait = limiter.acquireForAddress(address == null ? "unknown" : address.hostAddress());
        if (wait > 0) {
            tooManyRequests(context, wait, "address", "your address");
            return false;
        }
        return true;
    }

    private void tooManyRequests(RoutingContext context, long retryAfterSeconds, String limit, String whose) {
        context.put(RATE_LIMIT, limit);
        context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        problems.send(context, Problem.of(429, "too-many-requests", "Too many requests",
                "the rate limit of " + whose + " is used up; retry after " + retryAfterSeconds + " s"));
    }
}
