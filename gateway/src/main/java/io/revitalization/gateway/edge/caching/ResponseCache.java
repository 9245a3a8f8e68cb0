package io.revitalization.gateway.edge.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.revitalization.gateway.edge.web.PathPrefixes;
import io.revitalization.gateway.edge.web.ReadAhead;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The anonymous GET answers of one service, kept at the gateway and answered from memory (200, or 304 to a matching
 * {@code If-None-Match}) for as long as the service's {@link ChangeFeed} has announced no change since they were
 * fetched. Dashboards poll the same reads over and over; with this, the service computes and sends each answer once
 * per change, and the gateway answers the polls in between without calling it.
 * <p>
 * Kept: a 200 with a strong ETag and a {@code Cache-Control} that allows keeping it (not {@code private} or
 * {@code no-store}), that varies at most by {@code Accept} and {@code Accept-Language}, sets no cookie and is not
 * larger than the limit. An answer to a caller with a key is kept only when the service marks it {@code public}
 * (RFC 9111 3.5: it does not depend on who asked), and only for callers with the same rights (role and
 * institution, all the service learns of a caller besides its key's id and label): a caller with other rights never
 * gets it. Never kept or answered from memory: other methods, conditional requests other than
 * {@code If-None-Match}, range requests, and requests that ask for the service's own answer
 * ({@code Cache-Control: no-cache}).
 */
public final class ResponseCache {
    /** {@code hit} (answered from memory) or {@code miss} (a keepable request sent on), for the access log. */
    public static final String STATUS = "gateway.cache";
    private static final String TICKET = "gateway.cache-ticket";
    private static final String WRITE = "gateway.cache-write";
    /**
     * The rights of a keyed caller, from {@link #answer} to the filling interceptor, which sees only the request;
     * removed before the request goes on, and from every request that comes in.
     */
    private static final CharSequence RIGHTS = HttpHeaders.createOptimized("X-Gateway-Cache-Rights");
    private static final Set<String> KEEPABLE_VARY = Set.of("accept", "accept-language");
    private static final List<CharSequence> OTHER_CONDITIONS = List.of(HttpHeaderNames.IF_MATCH,
            HttpHeaderNames.IF_UNMODIFIED_SINCE, HttpHeaderNames.IF_MODIFIED_SINCE, HttpHeaderNames.RANGE,
            HttpHeaderNames.IF_RANGE);

    private final List<String> prefixes;
    private final ChangeFeed feed;
    private final Cache<Key, KeptAnswer> answers;
    private final long maxEntrySize;

    /** The memory the caches of all services share, bounded by the size of what they keep. */
    public static final class Memory {
        private final Cache<Key, KeptAnswer> answers;

        public Memory(long maxBytes) {
            answers = Caffeine.newBuilder().maximumWeight(maxBytes)
                    .weigher((Key key, KeptAnswer answer) -> answer.weight()).build();
        }
    }

    /**
     * What a kept answer depends on: the host it names in its links, the path and query, what was accepted, and the
     * rights of the caller it was given to ({@code null} for anonymous callers).
     */
    record Key(String authority, String uri, String accept, String acceptLanguage, String rights) {
        static Key of(HttpServerRequest request, String rights) {
            return new Key(request.authority() == null ? null : request.authority().toString(), request.uri(),
                    request.getHeader(HttpHeaders.ACCEPT), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), rights);
        }
    }

    private record Ticket(Key key, long epoch) {
    }

    public ResponseCache(List<String> prefixes, ChangeFeed feed, Memory memory, long maxEntrySize) {
        this.prefixes = List.copyOf(prefixes);
        this.feed = feed;
        this.answers = memory.answers;
        this.maxEntrySize = maxEntrySize;
    }

    /**
     * Answers a request from memory when a current answer is kept for callers with these rights.
     *
     * @param rights {@code null} for an anonymous caller, else what the service may tell keyed callers apart by
     *               (e.g. their role and institution)
     * @return whether it was answered; if not, the request goes on to the service
     */
    public boolean answer(RoutingContext context, String rights) {
        HttpServerRequest request = context.request();
        request.headers().remove(RIGHTS);
        if (!isKeepable(request)) {
            return false;
        }
        if (rights != null) {
            request.headers().set(RIGHTS, rights);
        }
        long epoch = feed.current();
        KeptAnswer kept = ChangeFeed.isValid(epoch) ? answers.getIfPresent(Key.of(request, rights)) : null;
        if (kept == null || kept.epoch() != epoch) {
            context.put(STATUS, "miss");
            return false;
        }
        context.put(STATUS, "hit");
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && kept.matchesAny(ifNoneMatch)) {
            kept.sendNotModified(request.response());
        } else {
            kept.sendFull(request.response());
        }
        return true;
    }

    /** Keeps the service's keepable answers, and starts a new epoch after every write sent to the service. */
    public ProxyInterceptor filling() {
        return new Filling();
    }

    private boolean isKeepable(HttpServerRequest request) {
        if (request.method() != HttpMethod.GET || !PathPrefixes.cover(prefixes, request.path())) {
            return false;
        }
        MultiMap headers = request.headers();
        for (CharSequence condition : OTHER_CONDITIONS) {
            if (headers.contains(condition)) {
                return false;
            }
        }
        String cacheControl = headers.get(HttpHeaders.CACHE_CONTROL);
        if (cacheControl != null && asksForTheService(cacheControl.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String pragma = headers.get(HttpHeaderNames.PRAGMA);
        return pragma == null || !pragma.toLowerCase(Locale.ROOT).contains("no-cache");
    }

    private static boolean asksForTheService(String cacheControl) {
        return cacheControl.contains("no-cache") || cacheControl.contains("no-store")
                || cacheControl.contains("max-age=0");
    }

    private static boolean isKeepable(ProxyResponse response, boolean keyed) {
        MultiMap headers = response.headers();
        String etag = response.etag();
        String cacheControl = headers.get(HttpHeaders.CACHE_CONTROL);
        if (response.getStatusCode() != 200 || etag == null || etag.startsWith("W/") || cacheControl == null
                || headers.contains(HttpHeaders.SET_COOKIE) || headers.contains(HttpHeaders.CONTENT_ENCODING)) {
            return false;
        }
        String directives = cacheControl.toLowerCase(Locale.ROOT);
        if (directives.contains("no-store") || directives.contains("private")
                || keyed && !directives.contains("public")) {
            return false;
        }
        for (String vary : headers.getAll(HttpHeaders.VARY)) {
            for (String name : vary.split(",")) {
                if (!KEEPABLE_VARY.contains(name.trim().toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true;
    }

    private final class Filling implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext proxy) {
            ProxyRequest request = proxy.request();
            HttpServerRequest incoming = request.proxiedRequest();
            HttpMethod method = incoming.method();
            if (method == HttpMethod.GET) {
                long epoch = feed.current();
                String rights = request.headers().get(RIGHTS);
                request.headers().remove(RIGHTS);
                boolean anonymous = !request.headers().contains(HttpHeaders.AUTHORIZATION);
                if (ChangeFeed.isValid(epoch) && (anonymous || rights != null) && isKeepable(incoming)) {
                    proxy.set(TICKET, new Ticket(Key.of(incoming, anonymous ? null : rights), epoch));
                }
            } else if (method != HttpMethod.HEAD && method != HttpMethod.OPTIONS) {
                proxy.set(WRITE, Boolean.TRUE);
            }
            return proxy.sendRequest();
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext proxy) {
            if (proxy.get(WRITE, Boolean.class) != null) {
                // the write is committed before the service answers: what was kept may be stale from now on
                feed.changed();
                return proxy.sendResponse();
            }
            Ticket ticket = proxy.get(TICKET, Ticket.class);
            ProxyResponse response = proxy.response();
            Body body = response.getBody();
            if (ticket == null || body == null || body.length() > maxEntrySize
                    || !isKeepable(response, ticket.key().rights() != null)) {
                return proxy.sendResponse();
            }
            return ReadAhead.upTo(body.stream(), maxEntrySize).compose(read -> {
                response.setBody(read.body());
                // kept only if nothing changed while it was on its way: then it is current in the ticket's epoch
                if (read.whole() != null && read.whole().length() <= maxEntrySize && feed.current() == ticket.epoch()) {
                    answers.put(ticket.key(), KeptAnswer.of(ticket.epoch(), response.etag(), response.headers(),
                            read.whole()));
                }
                return proxy.sendResponse();
            });
        }
    }
}
