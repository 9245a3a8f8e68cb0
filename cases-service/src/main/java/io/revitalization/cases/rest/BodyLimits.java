package io.revitalization.cases.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.cases.config.CasesConfig;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Two body limits: the import path takes what the gateway lets through to it (20 MB, 10,000 records), every other
 * path {@code cases.body-limit} (1 MB). {@code quarkus.http.limits.max-body-size} is the larger one, so Quarkus
 * refuses anything above both; this route refuses a declared {@code Content-Length} above the smaller one on the
 * other paths before the body is read.
 */
@ApplicationScoped
public class BodyLimits {
    static final String IMPORT_PATH = "/api/v1/cases/import";
    /** Ahead of the REST endpoints' routes. */
    private static final int ORDER = -100;

    private final CasesConfig config;
    private final ObjectMapper json;

    public BodyLimits(CasesConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = config.bodyLimit().asLongValue();
        if (declared == null || context.normalizedPath().equals(IMPORT_PATH) || !exceeds(declared, limit)) {
            context.next();
            return;
        }
        Problem problem = ProblemException.tooLarge("the request body may have at most " + limit + " bytes here ("
                + IMPORT_PATH + " takes more)").problem().withInstance(context.normalizedPath());
        try {
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(413, e);
        }
    }

    private static boolean exceeds(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
