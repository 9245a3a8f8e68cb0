package io.revitalization.gateway.edge.caching;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.DateFormatter;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A service's 200 answer as the gateway keeps it: its body, the headers to answer it with again, and the epoch of
 * the change feed it was fetched in.
 */
record KeptAnswer(long epoch, String etag, MultiMap headers, ByteBuf body) {
    /** Headers that describe one connection or one exchange, not the answer; the gateway sets its own. */
    private static final Set<String> NOT_KEPT = Set.of("connection", "keep-alive", "transfer-encoding",
            "content-length", "date", "x-request-id");
    /** What a 304 repeats of the 200 it stands for (RFC 9110, 15.4.5). */
    private static final Set<String> REPEATED_BY_304 = Set.of("etag", "cache-control", "vary", "content-location",
            "expires", "content-language");

    static KeptAnswer of(long epoch, String etag, MultiMap serviceHeaders, Buffer body) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (Map.Entry<String, String> header : serviceHeaders) {
            if (!NOT_KEPT.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                headers.add(header.getKey(), header.getValue());
            }
        }
        // sent again and again: Netty must never release it after a write
        return new KeptAnswer(epoch, etag, headers, Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(body.getBytes())));
    }

    /** Memory it holds, roughly: the body and the headers. */
    int weight() {
        int weight = body.readableBytes() + 64;
        for (Map.Entry<String, String> header : headers) {
            weight += header.getKey().length() + header.getValue().length();
        }
        return weight;
    }

    void sendFull(HttpServerResponse response) {
        response.headers().addAll(headers).set(HttpHeaders.DATE, DateFormatter.format(new Date()));
        response.end(Buffer.buffer(body.duplicate()));
    }

    void sendNotModified(HttpServerResponse response) {
        for (Map.Entry<String, String> header : headers) {
            if (REPEATED_BY_304.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                response.headers().add(header.getKey(), header.getValue());
            }
        }
        response.headers().set(HttpHeaders.DATE, DateFormatter.format(new Date()));
        response.setStatusCode(304).end();
    }

    /** If-None-Match (RFC 9110, 13.1.2): {@code *}, or a list of entity tags compared weakly. */
    boolean matchesAny(String ifNoneMatch) {
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        String opaque = withoutWeakPrefix(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            if (withoutWeakPrefix(candidate.trim()).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutWeakPrefix(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
