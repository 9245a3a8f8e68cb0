package io.revitalization.comparison.app.change;

import io.revitalization.comparison.persistence.DataVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.LongFunction;

/**
 * Runs a computation on one consistent snapshot of the database (REPEATABLE READ) and pairs its result with the data
 * version of that snapshot, so a result is never cached under a version it was not computed from.
 */
@ApplicationScoped
public class Snapshots {
    private final DataVersionRepository versions;

    public Snapshots(DataVersionRepository versions) {
        this.versions = versions;
    }

    /** The version of the data as last committed. */
    public long current() {
        return versions.current();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> Versioned<T> compute(LongFunction<T> computation) {
        versions.readOneSnapshot();
        long version = versions.current();
        return new Versioned<>(version, computation.apply(version));
    }
}
