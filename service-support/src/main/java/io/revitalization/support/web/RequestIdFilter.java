package io.revitalization.support.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;

/** Carries the gateway's {@code X-Request-Id} into every log line of the request, and back in the response. */
public class RequestIdFilter {
    public static final String HEADER = "X-Request-Id";
    private static final String MDC_KEY = "requestId";

    @ServerRequestFilter(preMatching = true)
    public void takeRequestId(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (id == null || id.isBlank() || id.length() > 128) {
            id = UUID.randomUUID().toString();
        }
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echoRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        MDC.remove(MDC_KEY);
    }
}
