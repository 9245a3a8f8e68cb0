package io.revitalization.support.changes;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fans the changes a service commits out to every change stream open at this instance. Pure Java: each service
 * builds one for its own change type {@code C} (what a change event says).
 */
public final class ChangeAnnouncer<C> {
    private final BroadcastProcessor<C> changes = BroadcastProcessor.create();
    private final AtomicInteger streams = new AtomicInteger();

    /** Announces a committed change to every open stream. */
    public synchronized void announce(C change) {
        changes.onNext(change);
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
