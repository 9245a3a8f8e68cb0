package io.revitalization.support.changes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revitalization.support.persistence.DataVersionCounter;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Brings the changes other instances commit to this instance's change streams. Instances share the database, and
 * with it the data version, but each announces only its own commits; so while a stream is open here, the version is
 * read every {@link ChangePollSettings#pollInterval()} and a newer one is announced
 * ({@link ChangeAnnouncer#announceUpTo}). A plain timer rather than {@code @Scheduled}: Quarkus' scheduler checks its
 * triggers once a second, coarser than the default interval. Pure Java: each service starts one at its start and
 * stops it at its end.
 */
public final class ChangePoll {
    private static final Logger LOG = Logger.getLogger(ChangePoll.class);

    private final DataVersionCounter versions;
    private final ChangeAnnouncer<?> announcer;
    private final long intervalMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "change-poll");
        thread.setDaemon(true);
        return thread;
    });

    public ChangePoll(DataVersionCounter versions, ChangeAnnouncer<?> announcer, ChangePollSettings settings) {
        this.versions = versions;
        this.announcer = announcer;
        this.intervalMillis = settings.pollInterval().toMillis();
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::poll, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        timer.shutdownNow();
    }

    private void poll() {
        if (!announcer.hasStreams()) {
            return;
        }
        try {
            announcer.announceUpTo(QuarkusTransaction.requiringNew().call(versions::current));
        } catch (RuntimeException e) {
            // a failure must not end the timer; the next read catches up
            LOG.debugf("cannot read the data version (%s); trying again in %d ms", e.getMessage(), intervalMillis);
        }
    }
}
