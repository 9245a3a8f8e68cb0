package io.revitalization.comparison.app.change;

import io.revitalization.comparison.persistence.DataVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way data changes: {@link #apply} takes the data version's lock for the rest of the transaction, then runs
 * the change. A change computed from a unit's or a case's codings so sees every change committed before it; without
 * the lock, two codings of one unit could each be counted as if the other did not exist. The first thing a
 * transaction's changes {@linkplain Change#touched touch} bumps the version (in that transaction), and once the
 * transaction commits the change is announced with everything it touched. Readers key their ETags and cached results
 * by the version, so a commit makes every stale result unreachable at once; a transaction that ends up changing
 * nothing announces nothing.
 */
@ApplicationScoped
public class DataChanges {
    private static final Object KEY = DataChanges.class;

    private final DataVersionRepository versions;
    private final TransactionSynchronizationRegistry transactions;
    private final ChangeAnnouncer announcer;

    public DataChanges(DataVersionRepository versions, TransactionSynchronizationRegistry transactions,
                       ChangeAnnouncer announcer) {
        this.versions = versions;
        this.transactions = transactions;
        this.announcer = announcer;
    }

    /** Runs a change in the current transaction (a new one when there is none), under the data version's lock. */
    @Transactional
    public <T> T apply(Function<Change, T> change) {
        return change.apply(underway());
    }

    /** {@link #apply} for a change that answers nothing. */
    @Transactional
    public void run(Consumer<Change> change) {
        change.accept(underway());
    }

    private Pending underway() {
        Pending pending = (Pending) transactions.getResource(KEY);
        if (pending == null) {
            versions.lock();
            pending = new Pending();
            transactions.putResource(KEY, pending);
        }
        return pending;
    }

    /** The changes of one transaction: the version they bumped and what they touched. */
    final class Pending extends Change implements Synchronization {
        private long version;

        @Override
        void firstTouch() {
            version = versions.bump();
            transactions.registerInterposedSynchronization(this);
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                announcer.announce(new AnnouncedChange(version, List.copyOf(codebooks), List.copyOf(dimensions),
                        List.copyOf(groupings), List.copyOf(reads), OffsetDateTime.now()));
            }
        }
    }
}
