package io.revitalization.support.seed;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a seed step until it is done. A service whose seed refers to records it learns from other services'
 * events (institutions, cases) cannot load it before those events arrive, so each attempt either loads what it
 * can and says done, or says what it is still waiting for and is tried again a little later.
 */
@ApplicationScoped
public class SeedRunner {
    private static final Logger LOG = Logger.getLogger(SeedRunner.class);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(2);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "seed-runner");
        thread.setDaemon(true);
        return thread;
    });

    /** An attempt returns {@link SeedOutcome#done()} or {@link SeedOutcome#waitingFor(String)}. */
    public void runUntilDone(String name, Supplier<SeedOutcome> attempt) {
        scheduler.execute(() -> tryOnce(name, attempt));
    }

    private void tryOnce(String name, Supplier<SeedOutcome> attempt) {
        try {
            SeedOutcome outcome = attempt.get();
            if (outcome.isDone()) {
                LOG.infof("seed %s: %s", name, outcome.message());
                return;
            }
            LOG.infof("seed %s waits for %s; trying again in %s", name, outcome.message(), RETRY_EVERY);
        } catch (RuntimeException e) {
            LOG.warnf("seed %s failed (%s); trying again in %s", name, e.getMessage(), RETRY_EVERY);
        }
        if (!scheduler.isShutdown()) {
            scheduler.schedule(() -> tryOnce(name, attempt), RETRY_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        scheduler.shutdownNow();
    }
}
