package io.revitalization.comparison.app.change;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.revitalization.comparison.config.ComparisonConfig;
import io.revitalization.comparison.persistence.DataVersionRepository;
import io.revitalization.support.changes.ChangePoll;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * The comparisons' {@link io.revitalization.support.changes.ChangeAnnouncer}: fans out the changes this instance
 * commits, and, through a {@link ChangePoll} ({@code comparison.changes.poll-interval}), those other instances commit.
 */
@ApplicationScoped
public class ChangeAnnouncer {
    /** What a change committed elsewhere may have touched, as far as this instance can tell: every read. */
    private static final List<String> EVERY_READ = Stream.concat(ReadNames.ALL_READS.stream(),
            Stream.of(ReadNames.SUMMARY)).sorted().toList();

    private final io.revitalization.support.changes.ChangeAnnouncer<AnnouncedChange> announcer =
            new io.revitalization.support.changes.ChangeAnnouncer<>(AnnouncedChange::dataVersion,
                    version -> new AnnouncedChange(version, List.of(), List.of(), List.of(), EVERY_READ,
                            OffsetDateTime.now()));
    private final ChangePoll poll;

    public ChangeAnnouncer(DataVersionRepository versions, ComparisonConfig config) {
        this.poll = new ChangePoll(versions, announcer, config.changes());
    }

    void start(@Observes StartupEvent startup) {
        poll.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        poll.stop();
    }

    /** Announces a change this instance committed, with its details. */
    public void announce(AnnouncedChange change) {
        announcer.announce(change);
    }

    public Multi<AnnouncedChange> changes() {
        return announcer.changes();
    }

    /** Whether any change stream of this instance is open, so that announcing is worth anything. */
    public boolean hasStreams() {
        return announcer.hasStreams();
    }
}
