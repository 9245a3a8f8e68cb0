package io.revitalization.gateway.edge.routing;

import io.revitalization.gateway.edge.web.ProblemResponses;
import io.revitalization.gateway.edge.web.ReadAhead;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.web.BodyTooLargeException;
import io.revitalization.support.web.PathBodyLimits;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;

/**
 * Sends a request on to its service through the service's circuit breaker (SmallRye Fault Tolerance; the route's
 * timeout is the request's own, see {@link Upstreams}), and turns every way that can fail into a problem answer: a
 * service that is down or whose circuit is open answers 503 at once, one that does not answer in time 504, a chunked
 * body over its limit 413.
 */
final class GuardedForwarding implements ProxyInterceptor {
    /** The request to the service, kept to abort it when the call fails. */
    static final String ORIGIN_REQUEST = "gateway.origin-request";
    private static final String BODY_TOO_LARGE = "gateway.body-too-large";
    /** Set when the answer is the gateway's own (a problem), not the service's. */
    private static final String OWN_ANSWER = "gateway.own-answer";
    private static final CharSequence KEEP_ALIVE = HttpHeaders.createOptimized("Keep-Alive");
    private static final Logger LOG = Logger.getLogger(GuardedForwarding.class);

    private final String service;
    private final TypedGuard<CompletionStage<ProxyResponse>> guard;
    private final Duration openCircuitDelay;
    private final PathBodyLimits bodyLimits;
    private final ProblemResponses problems;

    GuardedForwarding(String service, TypedGuard<CompletionStage<ProxyResponse>> guard, Duration openCircuitDelay,
                      PathBodyLimits bodyLimits, ProblemResponses problems) {
        this.service = service;
        this.guard = guard;
        this.openCircuitDelay = openCircuitDelay;
        this.bodyLimits = bodyLimits;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext proxy) {
        ProxyRequest request = proxy.request();
        HttpServerRequest incoming = request.proxiedRequest();
        if (incoming.authority() != null) {
            // the service sees the gateway's host, so the absolute URLs it writes (Location) point to the gateway
            request.setAuthority(incoming.authority());
        }
        if (isChunked(incoming)) {
            request.setBody(Body.body(bodyLimits.limitStream(incoming, request.getBody().stream(),
                    () -> proxy.set(BODY_TOO_LARGE, Boolean.TRUE)), -1));
        }
        Context context = Vertx.currentContext();
        CompletionStage<ProxyResponse> answer = guard.get(() -> proxy.sendRequest()
                .recover(failure -> Future.failedFuture(clientSideCause(proxy, incoming).orElse(failure)))
                .toCompletionStage());
        return Future.fromCompletionStage(answer, context)
                .recover(failure -> Future.succeededFuture(failed(proxy, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext proxy) {
        if (proxy.get(OWN_ANSWER, Boolean.class) == null) {
            ProxyResponse response = proxy.response();
            // hop-by-hop: they describe the connection to the service, not the one to the client
            response.headers().remove(HttpHeaders.CONNECTION).remove(KEEP_ALIVE);
            int status = response.getStatusCode();
            Body body = response.getBody();
            if (status == 204 || status == 304) {
                // No body may follow. Without a Content-Length from the service, vertx-http-proxy would announce
                // a chunked one, which clients such as wrk cannot parse; the service's (empty) body is drained.
                response.setBody(null);
                if (body != null) {
                    body.stream().resume();
                }
                return WholeAnswers.send(proxy, response, null);
            }
            if (body != null && body.length() <= ReadAhead.LIMIT && proxy.request().getMethod() != HttpMethod.HEAD) {
                // sent here, not by vertx-http-proxy (WholeAnswers): this is the outermost interceptor of its proxy
                // that handles answers
                return ReadAhead.of(body.stream(), Vertx.currentContext()).compose(read -> {
                    if (read.whole() != null) {
                        return WholeAnswers.send(proxy, response, read.whole());
                    }
                    // the rest streams on, with the service's Content-Length if it sent one
                    response.setBody(body.length() < 0 ? read.body() : Body.body(read.body().stream(), body.length()));
                    return proxy.sendResponse();
                });
            }
        }
        return proxy.sendResponse();
    }

    /** Failures the client caused, which must not count against the service's circuit breaker. */
    private Optional<Throwable> clientSideCause(ProxyContext proxy, HttpServerRequest incoming) {
        if (proxy.get(BODY_TOO_LARGE, Boolean.class) != null) {
            return Optional.of(new BodyTooLargeException(bodyLimits.limitFor(incoming.path())));
        }
        if (incoming.response().closed()) {
            return Optional.of(new CallerGoneException());
        }
        return Optional.empty();
    }

    private ProxyResponse failed(ProxyContext proxy, Throwable failure) {
        HttpClientRequest origin = proxy.get(ORIGIN_REQUEST, HttpClientRequest.class);
        if (origin != null) {
            origin.reset();
        }
        proxy.set(OWN_ANSWER, Boolean.TRUE);
        ProxyResponse response = proxy.request().release().response();
        Problem problem;
        if (failure instanceof BodyTooLargeException tooLarge) {
            problem = Problem.of(413, "too-large", "Content too large", tooLarge.getMessage());
            // a chunked body may go on forever: the connection ends with the answer
            HttpServerRequest incoming = proxy.request().proxiedRequest();
            incoming.response().endHandler(end -> incoming.connection().close());
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        } else if (failure instanceof CallerGoneException) {
            problem = Problem.of(499, "client-closed-request", "Client closed request", failure.getMessage());
        } else if (failure instanceof CircuitBreakerOpenException) {
            problem = unavailable("the " + service + " service failed repeatedly; the gateway stops calling it for "
                    + openCircuitDelay.toSeconds() + " s");
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, openCircuitDelay.toSeconds())));
        } else if (failure instanceof TimeoutException) {
            LOG.warnf("%s did not answer %s in time", service, proxy.request().getURI());
            problem = Problem.of(504, "upstream-timeout", "Gateway timeout",
                    "the " + service + " service did not answer in time");
        } else {
            LOG.warnf("%s cannot be reached for %s: %s", service, proxy.request().getURI(), failure.toString());
            problem = unavailable("the " + service + " service cannot be reached; retry later");
        }
        return response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.body(problem.withInstance(proxy.request().proxiedRequest().path()))));
    }

    private static Problem unavailable(String detail) {
        return Problem.of(503, "service-unavailable", "Service unavailable", detail);
    }

    private static boolean isChunked(HttpServerRequest request) {
        String transferEncoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked");
    }
}
