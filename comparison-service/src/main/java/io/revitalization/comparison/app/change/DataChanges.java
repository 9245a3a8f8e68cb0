package io.revitalization.comparison.app.change;

import io.revitalization.comparison.persistence.CountsAtCommit;
import io.revitalization.comparison.persistence.DataVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way data changes: each change first takes, for the rest of its transaction, the lock of what it computes
 * from, then runs. A change computed from a case's codings and groups ({@link #applyToCases}) locks those cases and
 * shares the lock on the whole data with other such changes; any other change ({@link #apply}) locks the whole data.
 * A change so sees every change committed before it that it computes from; without the locks, two codings of one
 * unit could each be counted as if the other did not exist. Changes of different cases may run side by side: what
 * they write in common (tallies) they add to, never overwrite.
 *
 * <p>Once a transaction's changes {@linkplain Change#touched touched} anything, the data version is bumped as the
 * transaction's last statement, after the counts held back to its end ({@link CountsAtCommit}), so its row is locked
 * only while the transaction commits, and versions are still committed in the order they are handed out. Once the
 * transaction commits the change is announced with everything it touched. Readers key their ETags and cached results
 * by the version, so a commit makes every stale result unreachable at once; a transaction that ends up changing
 * nothing announces nothing.
 */
@ApplicationScoped
public class DataChanges {
    private static final Object KEY = DataChanges.class;

    private final DataVersionRepository versions;
    private final CountsAtCommit counts;
    private final TransactionSynchronizationRegistry transactions;
    private final ChangeAnnouncer announcer;

    public DataChanges(DataVersionRepository versions, CountsAtCommit counts,
                       TransactionSynchronizationRegistry transactions, ChangeAnnouncer announcer) {
        this.versions = versions;
        this.counts = counts;
        this.transactions = transactions;
        this.announcer = announcer;
    }

    /** Runs a change in the current transaction (a new one when there is none), with the whole data locked. */
    @Transactional
    public <T> T apply(Function<Change, T> change) {
        return change.apply(underway().lockAll());
    }

    /** {@link #apply} for a change that answers nothing. */
    @Transactional
    public void run(Consumer<Change> change) {
        change.accept(underway().lockAll());
    }

    /**
     * Runs a change computed from these cases only (their codings, groups and projections) in the current transaction
     * (a new one when there is none), with the cases locked.
     */
    @Transactional
    public <T> T applyToCases(Collection<UUID> caseIds, Function<Change, T> change) {
        return change.apply(underway().lockCases(caseIds));
    }

    /** {@link #applyToCases} for a change that answers nothing. */
    @Transactional
    public void runOnCases(Collection<UUID> caseIds, Consumer<Change> change) {
        change.accept(underway().lockCases(caseIds));
    }

    /** Whether the current transaction holds the lock of each of the cases. */
    public boolean holdsCases(Collection<UUID> caseIds) {
        Pending pending = (Pending) transactions.getResource(KEY);
        return pending != null && (pending.wholeData
                || caseIds.stream().allMatch(id -> pending.caseKeys.contains(DataVersionRepository.caseKey(id))));
    }

    private Pending underway() {
        Pending pending = (Pending) transactions.getResource(KEY);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(KEY, pending);
        }
        return pending;
    }

    /** The changes of one transaction: the locks they hold, the version they bumped and what they touched. */
    final class Pending extends Change implements Synchronization {
        private boolean wholeData;
        private boolean sharesWholeData;
        private final Set<Integer> caseKeys = new HashSet<>();
        private long version;

        Pending lockAll() {
            if (!wholeData) {
                versions.lockAll();
                wholeData = true;
            }
            return this;
        }

        Pending lockCases(Collection<UUID> caseIds) {
            if (wholeData) {
                return this;
            }
            TreeSet<Integer> keys = new TreeSet<>();
            caseIds.forEach(id -> keys.add(DataVersionRepository.caseKey(id)));
            keys.removeAll(caseKeys);
            versions.lockCases(!sharesWholeData, keys);
            sharesWholeData = true;
            caseKeys.addAll(keys);
            return this;
        }

        @Override
        void firstTouch() {
            transactions.registerInterposedSynchronization(this);
        }

        @Override
        public void beforeCompletion() {
            counts.runHeld();
            version = versions.bumpLast();
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
