package io.revitalization.support.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * Two body limits: bulk paths ({@code body-limits.bulk-paths}) take up to {@code quarkus.http.limits.max-body-size},
 * every other path {@code body-limits.default-size}. Quarkus refuses anything above the larger one itself; this
 * route refuses a declared {@code Content-Length} above the smaller one on the other paths before the body is read.
 */
@ApplicationScoped
public class BodyLimits {
    /** Ahead of the REST endpoints' routes. */
    private static final int ORDER = -100;

    private final long limit;
    private final List<String> bulkPaths;
    private final ObjectMapper json;

    public BodyLimits(BodyLimitsConfig config, ObjectMapper json) {
        this.limit = config.defaultSize().asLongValue();
        this.bulkPaths = config.bulkPaths().orElse(List.of());
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || bulkPaths.contains(context.normalizedPath()) || !exceeds(declared)) {
            context.next();
            return;
        }
        String detail = "the request body may have at most " + limit + " bytes here"
                + (bulkPaths.isEmpty() ? "" : " (" + String.join(", ", bulkPaths) + " take more)");
        Problem problem = ProblemException.tooLarge(detail).problem().withInstance(context.normalizedPath());
        try {
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(413, e);
        }
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
