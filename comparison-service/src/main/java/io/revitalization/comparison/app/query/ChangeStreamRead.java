package io.revitalization.comparison.app.query;

import io.revitalization.comparison.app.change.AnnouncedChange;
import io.revitalization.comparison.app.change.ChangeAnnouncer;
import io.revitalization.comparison.app.change.Snapshots;
import io.revitalization.comparison.config.ComparisonConfig;
import io.revitalization.support.changes.ChangeStreamGate;
import io.revitalization.support.changes.ChangeStreamGate.OpenChangeStream;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The change stream: where the data stands now, then every change as it is committed, under the caps of
 * {@code comparison.change-streams.*}.
 */
@ApplicationScoped
public class ChangeStreamRead {
    private final Snapshots snapshots;
    private final ChangeAnnouncer announcer;
    private final ChangeStreamGate gate;

    public ChangeStreamRead(Snapshots snapshots, ChangeAnnouncer announcer, ComparisonConfig config) {
        this.snapshots = snapshots;
        this.announcer = announcer;
        this.gate = new ChangeStreamGate(config.changeStreams());
    }

    /**
     * Opens a change stream for this caller from this address.
     *
     * @throws ProblemException 429 with {@code Retry-After} when a cap is reached
     */
    public OpenChangeStream<AnnouncedChange> open(Caller caller, String address) {
        return gate.open(caller, address, ready(), announcer.changes());
    }

    /** The current data version, touching nothing. */
    public AnnouncedChange ready() {
        return new AnnouncedChange(snapshots.current(), List.of(), List.of(), List.of(), List.of(),
                OffsetDateTime.now());
    }

    /** Change streams open at this instance now. */
    public int openStreams() {
        return gate.openStreams();
    }
}
