package io.revitalization.gateway.edge.limits;

import io.revitalization.gateway.config.GatewayConfig;
import io.revitalization.gateway.edge.web.ProblemResponses;
import io.revitalization.support.problem.ProblemException;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Request body limits per path prefix (the longest configured prefix wins, {@code gateway.body-limit.default-size}
 * otherwise). A declared {@code Content-Length} over the limit is refused before any service is contacted; a
 * chunked body is counted while it streams ({@link #limitStream}).
 */
@ApplicationScoped
public class BodyLimits implements Handler<RoutingContext> {
    private final long defaultLimit;
    private final List<Map.Entry<String, Long>> byLongestPrefix;
    private final ProblemResponses problems;

    public BodyLimits(GatewayConfig config, ProblemResponses problems) {
        this.defaultLimit = config.bodyLimit().defaultSize().asLongValue();
        this.byLongestPrefix = config.bodyLimit().paths().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().asLongValue()))
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> e.getKey().length()).reversed())
                .toList();
        this.problems = problems;
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
            problems.send(context, ProblemException.badRequest("Content-Length is not a number").problem());
            return;
        }
        long limit = limitFor(context.normalizedPath());
        if (length > limit) {
            // Read and drop what the client still sends, so that a client that reads the answer only once it has
            // sent everything sees the 413 (Quarkus's max-body-size refuses anything declared above every limit).
            context.request().handler(ignored -> { }).resume();
            problems.send(context, tooLarge(limit).problem());
            return;
        }
        context.next();
    }

    /** The body of a chunked request, failing once it goes over the path's limit. */
    public ReadStream<Buffer> limitStream(HttpServerRequest request, ReadStream<Buffer> body, Runnable onExceeded) {
        return new SizeLimitedStream(body, limitFor(request.path()), onExceeded);
    }

    public static ProblemException tooLarge(long limit) {
        return ProblemException.tooLarge("the request body may have at most " + limit + " bytes here");
    }
}
