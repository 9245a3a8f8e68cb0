package io.revitalization.comparison.app.readmodel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.revitalization.comparison.persistence.CaseHistoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Counts the cases whose codings were stored before the case histories existed (V80) or took their present layout
 * (V96), once, beside the service's start rather than on its path: a page of cases per transaction, then the
 * histories are marked complete and reads use them. Until then reads compute the same figures from the codings. A change during the count refreshes its case
 * itself, and refreshing a case again changes nothing.
 */
@ApplicationScoped
public class CaseHistoryBackfill {
    private static final Logger LOG = Logger.getLogger(CaseHistoryBackfill.class);
    private static final int CASES_PER_TRANSACTION = 200;

    private final CaseHistoryRepository repository;
    private final CaseHistories histories;

    public CaseHistoryBackfill(CaseHistoryRepository repository, CaseHistories histories) {
        this.repository = repository;
        this.histories = histories;
    }

    void onStart(@Observes StartupEvent start) {
        if (!QuarkusTransaction.requiringNew().call(repository::complete)) {
            Thread counting = new Thread(this::countAll, "case-history-backfill");
            counting.setDaemon(true);
            counting.start();
        }
    }

    /** Counts every coded case, then marks the histories complete. */
    public void countAll() {
        try {
            UUID after = null;
            int counted = 0;
            while (true) {
                UUID from = after;
                List<UUID> cases = QuarkusTransaction.requiringNew().call(() -> {
                    List<UUID> page = repository.codedCases(from, CASES_PER_TRANSACTION);
                    histories.refresh(page);
                    return page;
                });
                if (cases.isEmpty()) {
                    break;
                }
                counted += cases.size();
                after = cases.get(cases.size() - 1);
            }
            QuarkusTransaction.requiringNew().run(repository::markComplete);
            LOG.infof("case histories: counted %d coded cases stored before them", counted);
        } catch (RuntimeException e) {
            LOG.error("case histories: counting the cases stored before them failed; reads keep computing "
                    + "from the codings until the next start", e);
        }
    }
}
