package io.revitalization.gateway.edge.routing;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.revitalization.gateway.config.GatewayConfig;
import io.revitalization.gateway.edge.security.ActiveKey;
import io.revitalization.gateway.edge.streams.ChangeStreams;
import io.revitalization.gateway.edge.security.ApiKeyAuthentication;
import io.revitalization.gateway.edge.security.CallerTokens;
import io.revitalization.gateway.edge.web.BrowserOrigins;
import io.revitalization.gateway.edge.web.ProblemResponses;
import io.revitalization.gateway.edge.web.RequestTracing;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Role;
import io.revitalization.support.web.PathBodyLimits;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;

/**
 * The gateway's route table. Every request is traced first (before CORS, so even a refused preflight carries the
 * security headers), and its {@code Origin} checked ({@link BrowserOrigins}); {@code /api/} requests are then authenticated and rate limited, checked against their body
 * limit, and sent to the service that owns their path prefix (or answered from the answers the gateway keeps of
 * it, see {@link io.revitalization.gateway.edge.caching.ResponseCache}). What no service owns is the gateway's own
 * ({@code /api/v1/admin}, served by Quarkus REST) or an unknown path (404 problem). A service's own admin paths
 * ({@code /api/v1/admin/dead-letters/<service>}) go to it for admin keys only. A service's change stream is
 * served by the gateway itself, from the one stream it follows
 * ({@link io.revitalization.gateway.edge.streams.ChangeStreams}).
 */
@ApplicationScoped
public class GatewayRoutes {
    /** The upstream service name of a request, for the access log ({@code %{d,gateway.upstream}}). */
    public static final String UPSTREAM = "gateway.upstream";
    static final String OPENAPI_DOCUMENTS = "/api/v1/openapi";
    /** Served here by Quarkus REST. */
    static final String ADMIN_API = "/api/v1/admin";

    private static final int TRACING = -SecurityHandlerPriorities.CORS - 100;
    private static final int METRICS = TRACING + 1;
    private static final int ORIGINS = -SecurityHandlerPriorities.CORS - 50;
    private static final int AUTHENTICATION = -SecurityHandlerPriorities.CORS + 50;
    private static final int BODY_LIMIT = AUTHENTICATION + 10;
    private static final int FORWARDING = BODY_LIMIT + 10;

    private final RequestTracing tracing;
    private final BrowserOrigins origins;
    private final ApiKeyAuthentication authentication;
    private final PathBodyLimits bodyLimits;
    private final Upstreams upstreams;
    private final CallerTokens tokens;
    private final ProblemResponses problems;
    private final RequestMetrics metrics;
    private final boolean metricsEnabled;
    private final MergedOpenApi mergedDocument;

    public GatewayRoutes(RequestTracing tracing, BrowserOrigins origins, ApiKeyAuthentication authentication, PathBodyLimits bodyLimits,
                         Upstreams upstreams, CallerTokens tokens, ProblemResponses problems, RequestMetrics metrics,
                         GatewayConfig config, MergedOpenApi mergedDocument) {
        this.metrics = metrics;
        this.metricsEnabled = config.metrics().enabled();
        this.tracing = tracing;
        this.origins = origins;
        this.authentication = authentication;
        this.bodyLimits = bodyLimits;
        this.upstreams = upstreams;
        this.tokens = tokens;
        this.problems = problems;
        this.mergedDocument = mergedDocument;
    }

    void install(@Observes Router router) {
        router.route().order(TRACING).handler(tracing);
        if (metricsEnabled) {
            router.route().order(METRICS).handler(metrics);
        }
        router.route().order(ORIGINS).handler(origins);
        router.route("/api/*").order(AUTHENTICATION).handler(authentication);
        router.route("/api/*").order(BODY_LIMIT).handler(bodyLimits);
        router.get(OPENAPI_DOCUMENTS).order(FORWARDING).handler(mergedDocument::serve);
        router.route(OPENAPI_DOCUMENTS + "/:service").order(FORWARDING).handler(this::openApiDocument);
        router.route("/api/*").order(FORWARDING).handler(this::forward);
    }

    private void forward(RoutingContext context) {
        String path = context.normalizedPath();
        Optional<Upstream> upstream = upstreams.serving(path);
        if (upstream.isPresent()) {
            Upstream target = upstream.get();
            context.put(UPSTREAM, target.name());
            HttpMethod method = context.request().method();
            if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
                Optional<ChangeStreams> changes = upstreams.changeStreamAt(path);
                if (changes.isPresent()) {
                    changes.get().serve(context);
                    return;
                }
            }
            Optional<ActiveKey> caller = ApiKeyAuthentication.callerOf(context);
            if (isAdminPath(path) && caller.filter(key -> key.role() == Role.ADMIN).isEmpty()) {
                // a service's admin API (its dead letters): refused here as the gateway's own admin API refuses
                problems.send(context, (caller.isEmpty()
                        ? ProblemException.unauthorized("this operation needs an admin key")
                        : ProblemException.forbidden("only admin keys may use " + ADMIN_API)).problem());
                return;
            }
            if (caller.isPresent()) {
                context.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.tokenFor(caller.get()));
            }
            String rights = caller.map(GatewayRoutes::rights).orElse(null);
            if (target.cache().isPresent() && target.cache().get().answer(context, rights)) {
                return;
            }
            target.api().handle(context);
        } else if (isAdminPath(path)) {
            context.next();
        } else {
            problems.send(context, ProblemException.notFound("path", path).problem());
        }
    }

    /** What a service learns of a keyed caller besides its key's id and label: its role and institution. */
    private static String rights(ActiveKey caller) {
        return caller.role().claimValue() + caller.institution().map(institution -> " " + institution).orElse("");
    }

    private static boolean isAdminPath(String path) {
        return path.startsWith(ADMIN_API) && (path.length() == ADMIN_API.length() || path.charAt(ADMIN_API.length()) == '/');
    }

    /** {@code /api/v1/openapi/<service>}: the service's own OpenAPI document (its {@code /q/openapi}). */
    private void openApiDocument(RoutingContext context) {
        String name = context.pathParam("service");
        upstreams.named(name).ifPresentOrElse(upstream -> {
            context.put(UPSTREAM, upstream.name());
            upstream.openApiDocument().handle(context);
        }, () -> problems.send(context, ProblemException.notFound("OpenAPI document", name).problem()));
    }
}
