package io.revitalization.gateway.edge.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemMappers;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Problem details ({@code application/problem+json}) written by the gateway's own Vert.x handlers; a 401 asks for
 * the API key ({@code WWW-Authenticate}).
 */
@ApplicationScoped
public class ProblemResponses {
    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void send(RoutingContext context, Problem problem) {
        if (problem.status() == 401) {
            context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, ProblemMappers.challenge());
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body(problem.withInstance(context.request().path())));
    }

    public Buffer body(Problem problem) {
        try {
            return Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record is always serialisable", e);
        }
    }
}
