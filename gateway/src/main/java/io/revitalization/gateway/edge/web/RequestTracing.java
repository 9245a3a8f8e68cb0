package io.revitalization.gateway.edge.web;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.revitalization.gateway.config.GatewayConfig;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/**
 * First handler of every request: gives it an {@code X-Request-Id} (passed on to the service and answered) and sets
 * the security headers on whatever answers it: a service, the admin API, or the gateway itself. The trace is
 * OpenTelemetry's: the request's server span (continuing the caller's {@code traceparent}, if any) is made before
 * this handler, and the forwarded request carries that span's context, so the service's span is its child. The
 * request id is an attribute of the span, and the trace id goes into the access log line.
 */
@ApplicationScoped
public class RequestTracing implements Handler<RoutingContext> {
    private static final CharSequence REQUEST_ID = HttpHeaders.createOptimized(RequestIds.HEADER);
    /** Routing context data naming the request's trace id, for the access log ({@code %{d,gateway.trace-id}}). */
    public static final String TRACE_ID = "gateway.trace-id";
    private static final CharSequence TRACEPARENT = HttpHeaders.createOptimized("traceparent");
    private static final CharSequence TRACESTATE = HttpHeaders.createOptimized("tracestate");
    private static final AttributeKey<String> REQUEST_ID_ATTRIBUTE = AttributeKey.stringKey("http.request.header.x-request-id");
    private static final CharSequence CONTENT_SECURITY_POLICY = HttpHeaders.createOptimized("Content-Security-Policy");

    private final CharSequence[] securityHeaderNames;
    private final CharSequence[] securityHeaderValues;
    private final CharSequence apiContentSecurityPolicy;
    private final TextMapPropagator propagator;

    public RequestTracing(GatewayConfig config, OpenTelemetry openTelemetry) {
        propagator = openTelemetry.getPropagators().getTextMapPropagator();
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
        Context trace = Context.current();
        Span span = Span.fromContext(trace);
        if (span.getSpanContext().isValid()) {
            span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
            context.put(TRACE_ID, span.getSpanContext().getTraceId());
            // the service's span is a child of the gateway's, not of the caller's: its trace headers are replaced
            headers.remove(TRACEPARENT).remove(TRACESTATE);
            propagator.inject(trace, headers, MultiMap::set);
        }
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
