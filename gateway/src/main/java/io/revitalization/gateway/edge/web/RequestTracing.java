package io.revitalization.gateway.edge.web;

import io.revitalization.gateway.config.GatewayConfig;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/**
 * First handler of every request: gives it an {@code X-Request-Id} and a W3C {@code traceparent} (both passed on
 * to the service, the id also answered), and sets the security headers on whatever answers it: a service, the
 * admin API, or the gateway itself.
 */
@ApplicationScoped
public class RequestTracing implements Handler<RoutingContext> {
    private static final CharSequence REQUEST_ID = HttpHeaders.createOptimized(RequestIds.HEADER);
    private static final CharSequence TRACEPARENT = HttpHeaders.createOptimized(TraceParent.HEADER);
    private static final CharSequence CONTENT_SECURITY_POLICY = HttpHeaders.createOptimized("Content-Security-Policy");

    private final CharSequence[] securityHeaderNames;
    private final CharSequence[] securityHeaderValues;
    private final CharSequence apiContentSecurityPolicy;

    public RequestTracing(GatewayConfig config) {
        List<Map.Entry<String, String>> headers = List.copyOf(config.securityHeaders().entrySet());
        securityHeaderNames = headers.stream().map(h -> HttpHeaders.createOptimized(h.getKey()))
                .toArray(CharSequence[]::new);
        securityHeaderValues = headers.stream().map(h -> HttpHeaders.createOptimized(h.getValue()))
                .toArray(CharSequence[]::new);
        apiContentSecurityPolicy = HttpHeaders.createOptimized(config.apiContentSecurityPolicy());
    }

    @Override
    public void handle(RoutingContext context) {
        MultiMap headers = context.request().headers();
        String requestId = RequestIds.acceptOrNew(headers.get(REQUEST_ID));
        headers.set(REQUEST_ID, requestId);
        headers.set(TRACEPARENT, TraceParent.childOf(headers.get(TRACEPARENT)).header());
        boolean api = context.request().path().startsWith("/api/");
        context.addHeadersEndHandler(end -> {
            MultiMap response = context.response().headers();
            response.set(REQUEST_ID, requestId);
            for (int i = 0; i < securityHeaderNames.length; i++) {
                response.set(securityHeaderNames[i], securityHeaderValues[i]);
            }
            if (api) {
                response.set(CONTENT_SECURITY_POLICY, apiContentSecurityPolicy);
            }
        });
        context.next();
    }
}
