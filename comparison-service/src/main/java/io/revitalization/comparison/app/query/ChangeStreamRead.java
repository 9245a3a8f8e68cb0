package io.revitalization.comparison.app.query;

import io.revitalization.comparison.app.change.AnnouncedChange;
import io.revitalization.comparison.app.change.ChangeAnnouncer;
import io.revitalization.comparison.app.change.Snapshots;
import io.revitalization.comparison.config.ComparisonConfig;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import io.revitalization.support.streams.StreamCaps;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The change stream: where the data stands now, then every change as it is committed; at most so many open at once
 * per caller, per client address and in total ({@code comparison.change-streams.*}), each for at most its maximum
 * age.
 */
@ApplicationScoped
public class ChangeStreamRead {
    private final Snapshots snapshots;
    private final ChangeAnnouncer announcer;
    private final ComparisonConfig.ChangeStreams config;
    private final StreamCaps caps;

    public ChangeStreamRead(Snapshots snapshots, ChangeAnnouncer announcer, ComparisonConfig config) {
        this.snapshots = snapshots;
        this.announcer = announcer;
        this.config = config.changeStreams();
        this.caps = new StreamCaps("change streams", new StreamCaps.Limits(this.config.perCaller(),
                this.config.perAddress(), this.config.total()));
    }

    /**
     * Opens a change stream for this caller from this address: takes a place under the caps, given back when the
     * stream ends ({@link OpenChangeStream#close}).
     *
     * @throws ProblemException 429 with {@code Retry-After} when a cap is reached
     */
    public OpenChangeStream open(Caller caller, String address) {
        AnnouncedChange ready = ready();
        StreamCaps.Admission place = caps.admit(caller.isAnonymous() ? null : caller.subject(), address);
        place.refusal().ifPresent(refusal -> {
            long retryAfter = ProblemException.retryAfterSeconds(config.refusedRetryAfter());
            throw ProblemException.tooMany("too-many-streams", "Too many change streams",
                    refusal.reason("this service", "your token's subject") + "; close one, or retry after "
                            + retryAfter + " s").withRetryAfter(config.refusedRetryAfter());
        });
        return new OpenChangeStream(ready, announcer.changes(), StreamCaps.age(config.maxAge()), place::release);
    }

    /** The current data version, touching nothing. */
    public AnnouncedChange ready() {
        return new AnnouncedChange(snapshots.current(), List.of(), List.of(), List.of(), List.of(),
                OffsetDateTime.now());
    }

    /** Change streams open at this instance now. */
    public int openStreams() {
        return caps.open();
    }

    /**
     * An opened change stream: its {@code ready} event, the changes that follow (they never end by themselves), how
     * long it may stay open, and what gives its place back (once, however often it is called).
     */
    public record OpenChangeStream(AnnouncedChange ready, Multi<AnnouncedChange> changes, Duration age,
                                   Runnable close) {
    }
}
