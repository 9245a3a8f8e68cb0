package io.revitalization.comparison.app.coding;

import io.revitalization.support.security.Caller;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.text.LogText;
import io.opentelemetry.context.Context;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bulk import of codings (researchers who code offline): each bad record is reported with its reasons and the good
 * ones are stored in chunks, one transaction and one data version each. PostgreSQL does most of a chunk's work, on
 * one core per transaction, so {@value #WRITERS} chunks are written side by side; each locks the cases it names
 * before the next one starts (see {@link CodingImportChunk#write}), so records are still checked in their order.
 */
@ApplicationScoped
public class CodingImportService {
    private static final Logger LOG = Logger.getLogger(CodingImportService.class);
    /** Records written per transaction. */
    public static final int CHUNK_SIZE = 500;
    /** Chunks written at once, by every import together. */
    static final int WRITERS = 2;

    private final CodingImportChunk chunkWriter;
    private final ExecutorService writers = Context.taskWrapping(Executors.newFixedThreadPool(WRITERS, runnable -> {
        Thread thread = new Thread(runnable, "coding-import");
        thread.setDaemon(true);
        return thread;
    }));

    public CodingImportService(CodingImportChunk chunkWriter) {
        this.chunkWriter = chunkWriter;
    }

    @PreDestroy
    void stop() {
        writers.shutdownNow();
    }

    /** Reads the items as it writes them: an import's records need not all be in memory at once. */
    public CodingImportReport importCodings(Iterable<CodingImportItem> items, Caller author) {
        Tally tally = new Tally();
        Writes writes = new Writes(author, tally);
        List<CodingImportItem> chunk = new ArrayList<>(CHUNK_SIZE);
        for (CodingImportItem item : items) {
            tally.received++;
            if (!item.errors().isEmpty()) {
                tally.add(new CodingImportChunk.Outcome(item, CodingImportChunk.Outcome.Kind.REJECTED, item.errors()));
            } else {
                chunk.add(item);
            }
            if (chunk.size() == CHUNK_SIZE) {
                writes.start(chunk);
                chunk = new ArrayList<>(CHUNK_SIZE);
            }
        }
        if (!chunk.isEmpty()) {
            writes.start(chunk);
        }
        writes.finishAll();
        return tally.report();
    }

    /** One import's chunks being written, oldest first. */
    private final class Writes {
        private final Caller author;
        private final Tally tally;
        private final Deque<Write> underway = new ArrayDeque<>();
        private final List<List<CodingImportItem>> failed = new ArrayList<>();

        Writes(Caller author, Tally tally) {
            this.author = author;
            this.tally = tally;
        }

        /** Begins a chunk once the one before holds its cases' locks, and while at most one other is underway. */
        void start(List<CodingImportItem> chunk) {
            if (!underway.isEmpty()) {
                underway.getLast().locked().join();
            }
            if (underway.size() == WRITERS) {
                finish(underway.removeFirst());
            }
            CompletableFuture<Void> locked = new CompletableFuture<>();
            CompletableFuture<List<CodingImportChunk.Outcome>> outcomes = CompletableFuture.supplyAsync(
                    () -> chunkWriter.write(chunk, author, () -> locked.complete(null)), writers);
            outcomes.whenComplete((written, failure) -> locked.complete(null));
            underway.add(new Write(chunk, locked, outcomes));
        }

        /**
         * Waits for every chunk; a chunk whose transaction failed beside another's (a deadlock on a case projected
         * meanwhile) is written again alone, after the others.
         */
        void finishAll() {
            while (!underway.isEmpty()) {
                finish(underway.removeFirst());
            }
            failed.forEach(chunk -> write(chunk).forEach(tally::add));
        }

        private void finish(Write write) {
            try {
                write.outcomes().join().forEach(tally::add);
            } catch (CompletionException e) {
                if (!causedByTheTransaction(e.getCause())) {
                    throw e.getCause() instanceof RuntimeException failure ? failure : e;
                }
                LOG.infof("coding import chunk of %d records failed beside another, writing it again alone: %s",
                        write.chunk().size(), LogText.escape(e.getCause().getMessage()));
                failed.add(write.chunk());
            }
        }

        private List<CodingImportChunk.Outcome> write(List<CodingImportItem> chunk) {
            try {
                return chunkWriter.write(chunk, author, () -> { });
            } catch (RuntimeException e) {
                if (!causedByTheTransaction(e)) {
                    throw e;
                }
                // a concurrent coding of the same unit, or the database away: nothing of the chunk was stored
                LOG.warnf("coding import chunk of %d records failed: %s", chunk.size(), LogText.escape(e.getMessage()));
                List<FieldError> notStored = List.of(new FieldError("body", "could not be stored now; nothing of "
                        + "this record was written, import it again"));
                return chunk.stream().map(item -> new CodingImportChunk.Outcome(item,
                        CodingImportChunk.Outcome.Kind.REJECTED, notStored)).toList();
            }
        }
    }

    private record Write(List<CodingImportItem> chunk, CompletableFuture<Void> locked,
                         CompletableFuture<List<CodingImportChunk.Outcome>> outcomes) {
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
