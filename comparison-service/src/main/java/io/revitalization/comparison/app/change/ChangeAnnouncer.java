package io.revitalization.comparison.app.change;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Fans changes out to every open change stream of this instance: those it commits itself, with what they touched,
 * and those committed by other instances, which it only learns of as a newer data version ({@link ChangePoll}).
 */
@ApplicationScoped
public class ChangeAnnouncer {
    /** What a change committed elsewhere may have touched, as far as this instance can tell: every read. */
    private static final List<String> EVERY_READ = Stream.concat(ReadNames.ALL_READS.stream(),
            Stream.of(ReadNames.SUMMARY)).sorted().toList();

    private final BroadcastProcessor<AnnouncedChange> changes = BroadcastProcessor.create();
    private final AtomicInteger streams = new AtomicInteger();
    /**
     * Every data version up to this one has been announced, alone or within a later change that lists every read.
     * Not the newest version announced: committed versions are consecutive (a rolled-back bump is undone), and a gap
     * below this instance's own newest change is a change nobody here announced, e.g. one another instance committed
     * just before it. So a local change moves it only when it is the next version; one announced out of order leaves
     * it behind, and the poll then repeats a version, which is harmless. Guarded by this.
     */
    private long announcedUpTo;

    /** Announces a change this instance committed; always sent, with its details. */
    public synchronized void announce(AnnouncedChange change) {
        if (change.dataVersion() == announcedUpTo + 1) {
            announcedUpTo = change.dataVersion();
        }
        changes.onNext(change);
    }

    /**
     * Announces that the data is now at this version, unless every version up to it has been announced already. Which
     * commits lie in between is not known here, so the change lists every read.
     */
    public synchronized void announceUpTo(long dataVersion) {
        if (dataVersion > announcedUpTo) {
            announcedUpTo = dataVersion;
            changes.onNext(new AnnouncedChange(dataVersion, List.of(), List.of(), List.of(), EVERY_READ,
                    OffsetDateTime.now()));
        }
    }

    public Multi<AnnouncedChange> changes() {
        return changes.onSubscription().invoke(streams::incrementAndGet)
                .onTermination().invoke(streams::decrementAndGet);
    }

    /** Whether any change stream of this instance is open, so that announcing is worth anything. */
    public boolean hasStreams() {
        return streams.get() > 0;
    }
}
