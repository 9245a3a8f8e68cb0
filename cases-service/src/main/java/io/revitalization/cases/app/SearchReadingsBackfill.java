package io.revitalization.cases.app;

import io.quarkus.runtime.StartupEvent;
import io.revitalization.cases.domain.CaseRecord;
import io.revitalization.cases.domain.search.CaseIndexer;
import io.revitalization.cases.persistence.CaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Computes the Japanese readings of cases stored before there were any (a data directory older than kana search),
 * when the service starts; several instances share the work (rows locked, skipped by the others).
 */
@ApplicationScoped
public class SearchReadingsBackfill {
    private static final Logger LOG = Logger.getLogger(SearchReadingsBackfill.class);
    static final int BATCH = 200;

    private final CaseRepository cases;

    public SearchReadingsBackfill(CaseRepository cases) {
        this.cases = cases;
    }

    void onStart(@Observes StartupEvent start) {
        int filled = fillMissing();
        if (filled > 0) {
            LOG.infof("computed the Japanese readings of %d cases stored before there were any", filled);
        }
    }

    /** Fills every case without readings; returns how many. */
    public int fillMissing() {
        int filled = 0;
        int batch;
        do {
            batch = fillBatch();
            filled += batch;
        } while (batch == BATCH);
        return filled;
    }

    @Transactional
    int fillBatch() {
        List<CaseRecord> batch = cases.withoutReadings(BATCH);
        batch.forEach(record -> record.searchReading = CaseIndexer.readings(record.content));
        return batch.size();
    }
}
