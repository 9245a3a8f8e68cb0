package io.revitalization.comparison.app.change;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.revitalization.comparison.config.ComparisonConfig;
import io.revitalization.comparison.persistence.DataVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Brings the changes other instances commit to this instance's change streams. Instances share the database, and
 * with it the data version, but each announces only its own commits; so while a stream is open here, the version is
 * read every {@code comparison.changes.poll-interval} and a newer one is announced. A plain timer rather than
 * {@code @Scheduled}: Quarkus' scheduler checks its triggers once a second, coarser than the default interval.
 */
@ApplicationScoped
public class ChangePoll {
    private static final Logger LOG = Logger.getLogger(ChangePoll.class);

    private final DataVersionRepository versions;
    private final ChangeAnnouncer announcer;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "change-poll");
        thread.setDaemon(true);
        return thread;
    });

    public ChangePoll(DataVersionRepository versions, ChangeAnnouncer announcer, ComparisonConfig config) {
        this.versions = versions;
        this.announcer = announcer;
        this.interval = config.changes().pollInterval();
    }

    void start(@Observes StartupEvent startup) {
        timer.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
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
            LOG.debugf("cannot read the data version (%s); trying again in %s", e.getMessage(), interval);
        }
    }
}
