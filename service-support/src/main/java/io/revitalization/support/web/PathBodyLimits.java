package io.revitalization.support.web;

import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.RoutingContext;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Request body limits per path prefix (the longest matching prefix wins, the default otherwise), as a Vert.x route
 * handler: a declared {@code Content-Length} over the limit is refused with 413 before the body is read (what the
 * client still sends is read and dropped, so a client that reads the answer only after sending everything sees it),
 * a malformed one with 400; a chunked body is counted while it streams ({@link #limitStream}).
 */
public final class PathBodyLimits implements Handler<RoutingContext> {
    private final long defaultLimit;
    private final List<Map.Entry<String, Long>> byLongestPrefix;
    private final BiConsumer<RoutingContext, Problem> send;

    /**
     * @param send writes a problem as the response (e.g. with the caller's request id)
     */
    public PathBodyLimits(long defaultLimit, Map<String, Long> byPrefix, BiConsumer<RoutingContext, Problem> send) {
        this.defaultLimit = defaultLimit;
        this.byLongestPrefix = byPrefix.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> e.getKey().length()).reversed())
                .toList();
        this.send = send;
    }

    public long limitFor(String path) {
        for (Map.Entry<String, Long> prefix : byLongestPrefix) {
            if (path.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        return defaultLimit;
    }

    @Override
    public void handle(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            context.next();
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            send.accept(context, ProblemException.badRequest("Content-Length is not a number").problem());
            return;
        }
        long limit = limitFor(context.normalizedPath());
        if (length > limit) {
            context.request().handler(ignored -> { }).resume();
            send.accept(context, tooLarge(limit).problem());
            return;
        }
        context.next();
    }

    /** The body of a chunked request, failing with {@link BodyTooLargeException} once it goes over the path's limit. */
    public ReadStream<Buffer> limitStream(HttpServerRequest request, ReadStream<Buffer> body, Runnable onExceeded) {
        return new SizeLimitedStream(body, limitFor(request.path()), onExceeded);
    }

    public static ProblemException tooLarge(long limit) {
        return ProblemException.tooLarge("the request body may have at most " + limit + " bytes here");
    }
}
