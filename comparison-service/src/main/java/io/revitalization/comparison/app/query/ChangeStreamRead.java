package io.revitalization.comparison.app.query;

import io.revitalization.comparison.app.change.AnnouncedChange;
import io.revitalization.comparison.app.change.ChangeAnnouncer;
import io.revitalization.comparison.app.change.Snapshots;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

/** The change stream: where the data stands now, then every change as it is committed. */
@ApplicationScoped
public class ChangeStreamRead {
    private final Snapshots snapshots;
    private final ChangeAnnouncer announcer;

    public ChangeStreamRead(Snapshots snapshots, ChangeAnnouncer announcer) {
        this.snapshots = snapshots;
        this.announcer = announcer;
    }

    /** The current data version, touching nothing. */
    public AnnouncedChange ready() {
        return new AnnouncedChange(snapshots.current(), List.of(), List.of(), List.of(), List.of(),
                OffsetDateTime.now());
    }

    public Multi<AnnouncedChange> changes() {
        return announcer.changes();
    }
}
