package io.revitalization.backbone.consistency;

import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Read your own writes across services. A response to a write carries {@code X-Consistency-Token}; a request that
 * sends it back waits, before it validates or reads anything, until this service has applied the events the token
 * names on the topics it reads, at most {@code consistency.max-wait}, then it is answered 503 with
 * {@code Retry-After}. The wait holds no thread: each look at the database runs on a worker and the pause between
 * looks is a timer.
 */
public class ConsistencyFilters {
    private static final Logger LOG = Logger.getLogger(ConsistencyFilters.class);

    private final ConsistencyConfig config;
    private final AppliedWrites appliedWrites;
    private final RequestWrite requestWrite;

    public ConsistencyFilters(ConsistencyConfig config, AppliedWrites appliedWrites, RequestWrite requestWrite) {
        this.config = config;
        this.appliedWrites = appliedWrites;
        this.requestWrite = requestWrite;
    }

    // a filter that runs on the event loop must come before every other (RESTEasy Reactive's rule)
    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = 1)
    public Uni<Void> awaitToken(ContainerRequestContext request) {
        String header = request.getHeaderString(ConsistencyToken.HEADER);
        if (header == null || header.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        List<ConsistencyToken> tokens = ConsistencyToken.parseAll(header);
        Set<String> topics = config.topics().orElse(Set.of());
        List<ConsistencyToken> awaited = tokens.stream().map(token -> token.on(topics))
                .filter(token -> !token.events().isEmpty()).toList();
        if (awaited.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Duration interval = config.pollInterval();
        return Uni.createFrom().item(() -> caughtUp(awaited))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(caughtUp -> caughtUp
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().<Void>failure(new NotYet()))
                .onFailure().retry().withBackOff(interval, interval.multipliedBy(8)).withJitter(0)
                .expireIn(config.maxWait().toMillis())
                .onFailure().transform(failure -> notCaughtUp(awaited, failure));
    }

    @ServerResponseFilter
    public void answerToken(ContainerResponseContext response) {
        requestWrite.token().ifPresent(token -> response.getHeaders().putSingle(ConsistencyToken.HEADER,
                token.value()));
    }

    private boolean caughtUp(List<ConsistencyToken> tokens) {
        try {
            return appliedWrites.caughtUp(tokens);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private ProblemException notCaughtUp(List<ConsistencyToken> tokens, Throwable failure) {
        if (!(failure instanceof NotYet)) {
            LOG.warnf("could not look whether the writes %s have arrived: %s", tokens, failure.getMessage());
        }
        return new ProblemException(Problem.of(503, "not-caught-up", "Not caught up yet",
                "the events of the write named by " + ConsistencyToken.HEADER + " have not all reached this service "
                        + "within " + config.maxWait().toMillis() + " ms; retry the request with the same token"))
                .withRetryAfter(Duration.ofSeconds(1));
    }

    /** The events a token names have not all been applied yet. */
    private static final class NotYet extends RuntimeException {
        NotYet() {
            super("not caught up yet", null, false, false);
        }
    }
}
