package io.revitalization.support.changes;

import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import io.revitalization.support.streams.StreamCaps;
import io.smallrye.mutiny.Multi;

import java.time.Duration;

/**
 * Lets change streams open under the caps of {@link ChangeStreamLimits}: at most so many per caller, per client
 * address and in total, each for at most its maximum age. Pure Java: each service builds one from its configuration.
 */
public final class ChangeStreamGate {
    private final ChangeStreamLimits limits;
    private final StreamCaps caps;

    public ChangeStreamGate(ChangeStreamLimits limits) {
        this.limits = limits;
        this.caps = new StreamCaps("change streams", new StreamCaps.Limits(limits.perCaller(), limits.perAddress(),
                limits.total()));
    }

    /**
     * Opens a change stream for this caller from this address: takes a place under the caps, given back when the
     * stream ends ({@link OpenChangeStream#close}).
     *
     * @param ready   where the data stands now, the stream's first event
     * @param changes the changes that follow
     * @throws ProblemException 429 with {@code Retry-After} when a cap is reached
     */
    public <C> OpenChangeStream<C> open(Caller caller, String address, C ready, Multi<C> changes) {
        StreamCaps.Admission place = caps.admit(caller.isAnonymous() ? null : caller.subject(), address);
        place.refusal().ifPresent(refusal -> {
            long retryAfter = ProblemException.retryAfterSeconds(limits.refusedRetryAfter());
            throw ProblemException.tooMany("too-many-streams", "Too many change streams",
                    refusal.reason("this service", "your token's subject") + "; close one, or retry after "
                            + retryAfter + " s").withRetryAfter(limits.refusedRetryAfter());
        });
        return new OpenChangeStream<>(ready, changes, StreamCaps.age(limits.maxAge()), place::release);
    }

    /** Change streams open at this instance now. */
    public int openStreams() {
        return caps.open();
    }

    /**
     * An opened change stream: its {@code ready} event, the changes that follow (they never end by themselves), how
     * long it may stay open, and what gives its place back (once, however often it is called).
     */
    public record OpenChangeStream<C>(C ready, Multi<C> changes, Duration age, Runnable close) {
    }
}
