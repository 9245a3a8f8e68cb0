package io.revitalization.comparison.service;

import io.revitalization.comparison.repository.DataVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The data version: the first change a transaction records bumps it (in that transaction), and once the
 * transaction commits the change is announced with everything it touched. Readers key their ETags and cached
 * results by the version, so a commit makes every stale result unreachable at once.
 */
@ApplicationScoped
public class DataChanges {
    private static final Object KEY = DataChanges.class;
    private static final Object LOCKED = DataChanges.class.getName() + ".locked";

    private final DataVersionRepository versions;
    private final TransactionSynchronizationRegistry transactions;
    private final ChangeAnnouncer announcer;

    public DataChanges(DataVersionRepository versions, TransactionSynchronizationRegistry transactions,
                       ChangeAnnouncer announcer) {
        this.versions = versions;
        this.transactions = transactions;
        this.announcer = announcer;
    }

    /** What a change touches; collected over one transaction. */
    public record Touched(Collection<String> codebooks, Collection<String> dimensions, Collection<String> groupings,
                          Collection<String> comparisons) {
    }

    /**
     * Takes the data version's lock for the rest of the transaction, before it reads what it is about to change: a
     * change computed from a unit's or a case's codings must see every change committed before it. Without it, two
     * codings of one unit could each be counted as if the other did not exist. The version itself is bumped only by
     * {@link #record}, so a transaction that ends up changing nothing announces nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void begin() {
        if (transactions.getResource(LOCKED) == null) {
            versions.lock();
            transactions.putResource(LOCKED, Boolean.TRUE);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Touched touched) {
        Pending pending = (Pending) transactions.getResource(KEY);
        if (pending == null) {
            pending = new Pending(versions.bump());
            transactions.putResource(KEY, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        pending.codebooks.addAll(touched.codebooks());
        pending.dimensions.addAll(touched.dimensions());
        pending.groupings.addAll(touched.groupings());
        pending.comparisons.addAll(touched.comparisons());
    }

    public long current() {
        return versions.current();
    }

    private final class Pending implements Synchronization {
        private final long version;
        private final TreeSet<String> codebooks = new TreeSet<>();
        private final TreeSet<String> dimensions = new TreeSet<>();
        private final TreeSet<String> groupings = new TreeSet<>();
        private final TreeSet<String> comparisons = new TreeSet<>();

        private Pending(long version) {
            this.version = version;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                announcer.announce(new ComparisonChange(version, List.copyOf(codebooks), List.copyOf(dimensions),
                        List.copyOf(groupings), List.copyOf(comparisons), OffsetDateTime.now()));
            }
        }
    }
}
