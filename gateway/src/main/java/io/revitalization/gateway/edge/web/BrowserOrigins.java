package io.revitalization.gateway.edge.web;

import io.revitalization.support.problem.Problem;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs ahead of Quarkus's CORS handling, which answers an origin it refuses with an empty 403: here such a request
 * gets a 403 problem that says why. Every answer also says {@code Vary: Origin}, since what a browser may read of it
 * depends on the origin, and none says {@code Access-Control-Allow-Credentials}. Allowed origins are those of {@code quarkus.http.cors.origins} (exact, or a {@code /regex/}
 * as Quarkus reads them); a request from the gateway's own origin (Swagger UI) needs no permission.
 */
@ApplicationScoped
public class BrowserOrigins implements Handler<RoutingContext> {
    private static final String ORIGIN = "Origin";
    /** Quarkus sends it even as {@code false}; keys travel in a header, so a browser is told nothing of credentials. */
    private static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

    private final List<String> exact;
    private final List<Pattern> patterns;
    private final ProblemResponses problems;

    public BrowserOrigins(@ConfigProperty(name = "quarkus.http.cors.origins") List<String> origins,
                          ProblemResponses problems) {
        this.exact = origins.stream().filter(origin -> !isPattern(origin)).toList();
        this.patterns = origins.stream().filter(BrowserOrigins::isPattern)
                .map(origin -> Pattern.compile(origin.substring(1, origin.length() - 1))).toList();
        this.problems = problems;
    }

    @Override
    public void handle(RoutingContext context) {
        context.addHeadersEndHandler(end -> {
            MultiMap headers = context.response().headers();
            varyOnOrigin(headers);
            headers.remove(ALLOW_CREDENTIALS);
        });
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || isAllowed(origin) || isSameOrigin(request, origin)) {
            context.next();
            return;
        }
        problems.send(context, Problem.of(403, "origin-not-allowed", "Origin not allowed", "pages of "
                + "this origin may not call the API from a browser; the gateway's operator lists the allowed "
                + "origins (GATEWAY_CORS_ORIGINS)"));
    }

    boolean isAllowed(String origin) {
        return exact.contains(origin) || patterns.stream().anyMatch(pattern -> pattern.matcher(origin).matches());
    }

    private static boolean isSameOrigin(HttpServerRequest request, String origin) {
        String host = request.getHeader(HttpHeaders.HOST);
        return host != null && origin.equalsIgnoreCase(request.scheme() + "://" + host);
    }

    private static void varyOnOrigin(MultiMap headers) {
        List<String> values = headers.getAll(HttpHeaders.VARY);
        String vary = values.size() == 1 ? values.get(0) : String.join(", ", values);
        if (vary.isBlank()) {
            headers.set(HttpHeaders.VARY, ORIGIN);
        } else if (!namesOrigin(vary) && !vary.equals("*")) {
            headers.set(HttpHeaders.VARY, vary + ", " + ORIGIN);
        }
    }

    /** Whether one of the comma-separated names is {@code Origin} (read on every answer: no regex, no copies). */
    private static boolean namesOrigin(String vary) {
        int start = 0;
        while (start <= vary.length()) {
            int comma = vary.indexOf(',', start);
            int end = comma < 0 ? vary.length() : comma;
            int from = start;
            while (from < end && Character.isWhitespace(vary.charAt(from))) {
                from++;
            }
            int to = end;
            while (to > from && Character.isWhitespace(vary.charAt(to - 1))) {
                to--;
            }
            if (to - from == ORIGIN.length() && vary.regionMatches(true, from, ORIGIN, 0, ORIGIN.length())) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean isPattern(String origin) {
        return origin.length() > 2 && origin.startsWith("/") && origin.endsWith("/");
    }
}
