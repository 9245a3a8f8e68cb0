package io.revitalization.gateway.edge.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyResponse;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a service's answer whose body is all at hand (or that has none) to the client in one write, as nginx does
 * with an answer that fits its buffers. vertx-http-proxy would write the head with the body, then the end of the
 * answer on its own, two writes (and a wake-up of the client) per answer; and it formats a new {@code Date} for each.
 * The head is the one vertx-http-proxy would send: the service's status and headers, with its {@code Date} or the
 * gateway's, and the body's length.
 */
final class WholeAnswers {
    /** RFC 9110's IMF-fixdate. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    /** The current second's {@code Date}, formatted once per second (on whichever thread notices first). */
    private static volatile Stamp stamp = new Stamp(-1, "");

    private record Stamp(long second, String formatted) {
    }

    private WholeAnswers() {
    }

    /** Sends the answer with this body ({@code null}: none, as for 204 and 304). */
    static Future<Void> send(ProxyContext proxy, ProxyResponse response, Buffer body) {
        HttpServerResponse out = proxy.request().proxiedRequest().response();
        out.setStatusCode(response.getStatusCode());
        if (response.getStatusMessage() != null) {
            out.setStatusMessage(response.getStatusMessage());
        }
        MultiMap from = response.headers();
        MultiMap to = out.headers();
        boolean hadLength = false;
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey();
            if (name.equalsIgnoreCase("content-length")) {
                hadLength = true;
            } else if (!name.equalsIgnoreCase("transfer-encoding")) {
                to.add(name, header.getValue());
            }
        }
        if (!from.contains(HttpHeaders.DATE)) {
            to.set(HttpHeaders.DATE, now());
        }
        if (body == null) {
            if (hadLength) {
                to.set(HttpHeaders.CONTENT_LENGTH, "0");
            }
            return out.end();
        }
        to.set(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length()));
        return out.end(body);
    }

    private static String now() {
        long second = System.currentTimeMillis() / 1000;
        Stamp current = stamp;
        if (current.second() != second) {
            current = new Stamp(second, HTTP_DATE.format(Instant.ofEpochSecond(second)));
            stamp = current;
        }
        return current.formatted();
    }
}
