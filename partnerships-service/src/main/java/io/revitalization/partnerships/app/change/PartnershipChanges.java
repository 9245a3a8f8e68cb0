package io.revitalization.partnerships.app.change;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.revitalization.partnerships.app.InstitutionChanged;
import io.revitalization.partnerships.config.PartnershipsConfig;
import io.revitalization.partnerships.persistence.DataVersionRepository;
import io.revitalization.support.changes.ChangeAnnouncer;
import io.revitalization.support.changes.ChangePoll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
 * partnership went through; a change of a known institution ({@link InstitutionChanged}) touches every read; a
 * transaction that is rolled back announces nothing. Changes other instances commit are
 * announced too, with every read, once a {@link ChangePoll} ({@code partnerships.changes.poll-interval}) reads their
 * newer data version.
 */
@ApplicationScoped
public class PartnershipChanges {
    private static final Object KEY = PartnershipChanges.class;

    private final DataVersionRepository versions;
    private final TransactionSynchronizationRegistry transactions;
    private final ChangeAnnouncer<PartnershipChange> announcer = new ChangeAnnouncer<>(PartnershipChange::dataVersion,
            version -> new PartnershipChange(version, ReadNames.ALL, OffsetDateTime.now()));
    private final ChangePoll poll;

    public PartnershipChanges(DataVersionRepository versions, TransactionSynchronizationRegistry transactions,
                              PartnershipsConfig config) {
        this.versions = versions;
        this.transactions = transactions;
        this.poll = new ChangePoll(versions, announcer, config.changes());
    }

    void start(@Observes StartupEvent startup) {
        poll.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        poll.stop();
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

    /** A known institution changed: every read may show it, in its transaction. */
    void institutionChanged(@Observes InstitutionChanged changed) {
        touched(true, ReadNames.ALL);
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
