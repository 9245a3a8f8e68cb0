package io.revitalization.support.changes;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Fans changes out to every change stream open at this instance: those it commits itself, with what they touched,
 * and those committed by other instances, which it only learns of as a newer data version ({@link ChangePoll}).
 * Pure Java: each service builds one for its own change type {@code C} (what a change event says).
 */
public final class ChangeAnnouncer<C> {
    private final BroadcastProcessor<C> changes = BroadcastProcessor.create();
    private final AtomicInteger streams = new AtomicInteger();
    private final ToLongFunction<C> version;
    private final LongFunction<C> unknownChanges;
    /**
     * Every data version up to this one has been announced, alone or within a later change that touches everything.
     * Not the newest version announced: committed versions are consecutive (a rolled-back bump is undone), and a gap
     * below this instance's own newest change is a change nobody here announced, e.g. one another instance committed
     * just before it. So a local change moves it only when it is the next version; one announced out of order leaves
     * it behind, and the poll then repeats a version, which is harmless. Guarded by this.
     */
    private long announcedUpTo;

    /**
     * @param version        the data version a change announces
     * @param unknownChanges the change to announce for commits of other instances, up to a data version: which commits
     *                       lie in between is not known here, so it says that everything may have changed
     */
    public ChangeAnnouncer(ToLongFunction<C> version, LongFunction<C> unknownChanges) {
        this.version = version;
        this.unknownChanges = unknownChanges;
    }

    /** Announces a change this instance committed; always sent, with its details. */
    public synchronized void announce(C change) {
        long announced = version.applyAsLong(change);
        if (announced == announcedUpTo + 1) {
            announcedUpTo = announced;
        }
        changes.onNext(change);
    }

    /** Announces that the data is now at this version, unless every version up to it has been announced already. */
    public synchronized void announceUpTo(long dataVersion) {
        if (dataVersion > announcedUpTo) {
            announcedUpTo = dataVersion;
            changes.onNext(unknownChanges.apply(dataVersion));
        }
    }

    /** The changes announced from now on; they never end by themselves. */
    public Multi<C> changes() {
        return changes.onSubscription().invoke(streams::incrementAndGet)
                .onTermination().invoke(streams::decrementAndGet);
    }

    /** Whether any change stream of this instance is open, so that announcing is worth anything. */
    public boolean hasStreams() {
        return streams.get() > 0;
    }
}
