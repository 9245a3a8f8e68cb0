package io.revitalization.comparison.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** Fans committed changes out to every open change stream of this instance. */
@ApplicationScoped
public class ChangeAnnouncer {
    private final BroadcastProcessor<ComparisonChange> changes = BroadcastProcessor.create();

    public synchronized void announce(ComparisonChange change) {
        changes.onNext(change);
    }

    public Multi<ComparisonChange> changes() {
        return changes;
    }
}
