package io.revitalization.cases.app;

import io.revitalization.cases.config.CasesConfig;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.refs.Slugs;
import io.revitalization.support.security.Caller;
import io.revitalization.support.text.LogText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk import of cases, idempotent on slug: a new slug creates a case, a known one updates it when the record
 * differs and leaves it alone when it does not. Each bad record is reported with its reasons and the good ones
 * are kept. Records are written in chunks, one transaction each.
 */
@ApplicationScoped
public class CaseImportService {
    private static final Logger LOG = Logger.getLogger(CaseImportService.class);

    /** What to do with a record whose slug names an existing case. */
    public enum Existing {
        /** Write it when it differs (imports). */
        UPDATE,
        /** Leave the stored case as it is (seed loading, which must not undo edits). */
        KEEP
    }

    private final CaseImportChunk chunkWriter;
    private final CasesConfig config;

    public CaseImportService(CaseImportChunk chunkWriter, CasesConfig config) {
        this.chunkWriter = chunkWriter;
        this.config = config;
    }

    /** Reads the items as it writes them: an import's records need not all be in memory at once. */
    public ImportReport importCases(Iterable<ImportItem> items, Existing existing, Caller caller) {
        int chunkSize = config.bulkImport().chunkSize();
        Tally tally = new Tally();
        List<ImportItem> chunk = new ArrayList<>(chunkSize);
        Map<String, Integer> firstIndexOfSlug = new HashMap<>();
        for (ImportItem item : items) {
            tally.received++;
            Optional<FieldError> problem = problemBeforeWriting(item, firstIndexOfSlug);
            if (!item.errors().isEmpty()) {
                tally.add(ImportOutcome.rejected(item, item.errors()));
            } else if (problem.isPresent()) {
                tally.add(ImportOutcome.rejected(item, List.of(problem.get())));
            } else {
                chunk.add(item);
            }
            if (chunk.size() == chunkSize) {
                write(chunk, existing, caller).forEach(tally::add);
                chunk = new ArrayList<>(chunkSize);
            }
        }
        if (!chunk.isEmpty()) {
            write(chunk, existing, caller).forEach(tally::add);
        }
        return tally.report();
    }

    private List<ImportOutcome> write(List<ImportItem> chunk, Existing existing, Caller caller) {
        try {
            return chunkWriter.write(chunk, existing, caller);
        } catch (RuntimeException e) {
            if (!causedByTheDatabase(e)) {
                throw e;
            }
            // a concurrent write of the same slug, most likely; nothing of the chunk was stored
            LOG.warnf("import chunk of %d records failed: %s", chunk.size(), LogText.escape(e.getMessage()));
            return chunk.stream().map(item -> ImportOutcome.rejected(item, "slug",
                    "could not be stored now (another request wrote the same slug at the same time?); nothing of "
                            + "this record was written, import it again")).toList();
        }
    }

    private static boolean causedByTheDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PersistenceException || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<FieldError> problemBeforeWriting(ImportItem item, Map<String, Integer> firstIndexOfSlug) {
        if (item.draft() == null || !item.errors().isEmpty()) {
            return Optional.empty();
        }
        String slug = item.slug();
        if (slug == null) {
            return Optional.of(new FieldError("slug", "is required in an import, which is idempotent on slug"));
        }
        Optional<String> refusal = Slugs.refusal(slug, CaseService.RESERVED_SLUGS);
        if (refusal.isPresent()) {
            return Optional.of(new FieldError("slug", refusal.get()));
        }
        Integer first = firstIndexOfSlug.putIfAbsent(slug, item.index());
        return first == null ? Optional.empty()
                : Optional.of(new FieldError("slug", "'" + slug + "' appears already at index " + first
                        + " of this import"));
    }

    /** The counts, and the rejected records with their reasons. */
    private static final class Tally {
        private final Map<ImportOutcome.Kind, Integer> counts = new EnumMap<>(ImportOutcome.Kind.class);
        private final List<ImportOutcome> rejected = new ArrayList<>();
        private int received;

        void add(ImportOutcome outcome) {
            counts.merge(outcome.kind(), 1, Integer::sum);
            if (outcome.kind() == ImportOutcome.Kind.REJECTED) {
                rejected.add(outcome);
            }
        }

        ImportReport report() {
            List<ImportReport.Rejection> rejections = rejected.stream()
                    .sorted(Comparator.comparingInt(outcome -> outcome.item().index()))
                    .map(outcome -> new ImportReport.Rejection(outcome.item().index(), outcome.item().line(),
                            outcome.item().slug(), outcome.errors()))
                    .toList();
            return new ImportReport(received, counts.getOrDefault(ImportOutcome.Kind.CREATED, 0),
                    counts.getOrDefault(ImportOutcome.Kind.UPDATED, 0),
                    counts.getOrDefault(ImportOutcome.Kind.UNCHANGED, 0), rejected.size(), rejections);
        }
    }
}
