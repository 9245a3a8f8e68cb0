package io.revitalization.comparison.app.coding;

import io.revitalization.support.security.Caller;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.text.LogText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk import of codings (researchers who code offline): each bad record is reported with its reasons and the good
 * ones are stored in chunks, one transaction and one data version each.
 */
@ApplicationScoped
public class CodingImportService {
    private static final Logger LOG = Logger.getLogger(CodingImportService.class);
    /** Records written per transaction. */
    static final int CHUNK_SIZE = 500;

    private final CodingImportChunk chunkWriter;

    public CodingImportService(CodingImportChunk chunkWriter) {
        this.chunkWriter = chunkWriter;
    }

    /** Reads the items as it writes them: an import's records need not all be in memory at once. */
    public CodingImportReport importCodings(Iterable<CodingImportItem> items, Caller author) {
        Tally tally = new Tally();
        List<CodingImportItem> chunk = new ArrayList<>(CHUNK_SIZE);
        for (CodingImportItem item : items) {
            tally.received++;
            if (!item.errors().isEmpty()) {
                tally.add(new CodingImportChunk.Outcome(item, CodingImportChunk.Outcome.Kind.REJECTED, item.errors()));
            } else {
                chunk.add(item);
            }
            if (chunk.size() == CHUNK_SIZE) {
                write(chunk, author).forEach(tally::add);
                chunk = new ArrayList<>(CHUNK_SIZE);
            }
        }
        if (!chunk.isEmpty()) {
            write(chunk, author).forEach(tally::add);
        }
        return tally.report();
    }

    private List<CodingImportChunk.Outcome> write(List<CodingImportItem> chunk, Caller author) {
        try {
            return chunkWriter.write(chunk, author);
        } catch (RuntimeException e) {
            if (!causedByTheTransaction(e)) {
                throw e;
            }
            // a concurrent coding of the same unit, or the database away: nothing of the chunk was stored
            LOG.warnf("coding import chunk of %d records failed: %s", chunk.size(), LogText.escape(e.getMessage()));
            List<FieldError> notStored = List.of(new FieldError("body", "could not be stored now; nothing of this "
                    + "record was written, import it again"));
            return chunk.stream().map(item -> new CodingImportChunk.Outcome(item,
                    CodingImportChunk.Outcome.Kind.REJECTED, notStored)).toList();
        }
    }

    private static boolean causedByTheTransaction(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PersistenceException || cause instanceof SQLException
                    || cause instanceof RollbackException) {
                return true;
            }
        }
        return false;
    }

    private static final class Tally {
        private final Map<CodingImportChunk.Outcome.Kind, Integer> counts =
                new EnumMap<>(CodingImportChunk.Outcome.Kind.class);
        private final List<CodingImportChunk.Outcome> rejected = new ArrayList<>();
        private int received;

        void add(CodingImportChunk.Outcome outcome) {
            counts.merge(outcome.kind(), 1, Integer::sum);
            if (outcome.kind() == CodingImportChunk.Outcome.Kind.REJECTED) {
                rejected.add(outcome);
            }
        }

        CodingImportReport report() {
            List<CodingImportReport.Rejection> rejections = rejected.stream()
                    .sorted(Comparator.comparingInt(outcome -> outcome.item().index()))
                    .map(outcome -> new CodingImportReport.Rejection(outcome.item().index(), outcome.item().line(),
                            List.<FieldError>copyOf(outcome.errors())))
                    .toList();
            return new CodingImportReport(received, counts.getOrDefault(CodingImportChunk.Outcome.Kind.CREATED, 0),
                    counts.getOrDefault(CodingImportChunk.Outcome.Kind.UNCHANGED, 0), rejected.size(), rejections);
        }
    }
}
