package io.revitalization.partnerships.app.change;

import io.revitalization.partnerships.persistence.DataVersionRepository;
import io.revitalization.support.changes.ChangeAnnouncer;
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
 * Records what a transaction changes: the first change bumps the data version (in that transaction), and once the
 * transaction commits one {@link PartnershipChange} is announced with every read it touched. A change of a
 * partnership that is not public touches every read, so the stream does not tell what kind of change a private
 * partnership went through; a transaction that is rolled back announces nothing.
 */
@ApplicationScoped
public class PartnershipChanges {
    private static final Object KEY = PartnershipChanges.class;

    private final DataVersionRepository versions;
    private final TransactionSynchronizationRegistry transactions;
    private final ChangeAnnouncer<PartnershipChange> announcer = new ChangeAnnouncer<>();

    public PartnershipChanges(DataVersionRepository versions, TransactionSynchronizationRegistry transactions) {
        this.versions = versions;
        this.transactions = transactions;
    }

    /** Records, in the caller's transaction, that these reads may change; for a private partnership, every read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touched(boolean publicPartnership, Collection<String> reads) {
        Pending pending = (Pending) transactions.getResource(KEY);
        if (pending == null) {
            pending = new Pending(versions.bump());
            transactions.putResource(KEY, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        pending.reads.addAll(publicPartnership ? reads : ReadNames.ALL);
    }

    /** Where the data stands now, touching nothing: a stream's first event. */
    @Transactional
    public PartnershipChange ready() {
        return new PartnershipChange(versions.current(), List.of(), OffsetDateTime.now());
    }

    public ChangeAnnouncer<PartnershipChange> announcer() {
        return announcer;
    }

    private final class Pending implements Synchronization {
        final long version;
        final TreeSet<String> reads = new TreeSet<>();

        Pending(long version) {
            this.version = version;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                announcer.announce(new PartnershipChange(version, List.copyOf(reads), OffsetDateTime.now()));
            }
        }
    }
}
