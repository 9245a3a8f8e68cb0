package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.persistence.TallyRepository.Change;
import io.revitalization.comparison.persistence.TallyRepository.UnitChanges;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the changes of several units do to each tally row, summed: an import of 500 codings in a few groups touches
 * a few hundred rows, not 500 times a few dozen. Applying the sums leaves every tally as applying the units one
 * after the other would (a tally emptied and filled again within the units holds the later units' sums either way).
 */
public final class TallyRowChanges {
    /** Rows in one order in every transaction, so that two transactions never wait on each other's rows. */
    private static final Comparator<RowChange> ROW_ORDER = Comparator
            .comparing((RowChange row) -> row.unit().codebookId())
            .thenComparingInt(row -> row.unit().codebookVersion())
            .thenComparing(row -> row.unit().dimension())
            .thenComparing(row -> row.change().selection())
            .thenComparing(row -> row.change().group().grouping().key())
            .thenComparing(row -> row.change().group().key())
            .thenComparingInt(row -> row.unit().year())
            .thenComparing(row -> row.change().code());

    private TallyRowChanges() {
    }

    /**
     * The summed change of one tally row; {@code unit} names its codebook version, dimension and year (no case),
     * {@code change.cases()} is how many cases it gains (negative: loses).
     */
    public record RowChange(UnitRef unit, Change change) {
        /**
         * A change that takes nothing can be an upsert; one that takes anything applies to a row that exists (a
         * unit had contributed what it takes), and an upsert's values would break the row's checks.
         */
        public boolean onlyGains() {
            return change.cases() >= 0 && change.weight().signum() >= 0;
        }
    }

    private record RowKey(UUID codebookId, int codebookVersion, String dimension, int year, String selection,
                          String grouping, String groupKey, String code) {
    }

    /** The units' changes summed per tally row, in lock order; rows left as they were drop out. */
    public static List<RowChange> netted(List<UnitChanges> units) {
        Map<RowKey, RowChange> rows = new LinkedHashMap<>();
        for (UnitChanges unitChanges : units) {
            UnitRef unit = unitChanges.unit();
            UnitRef row = new UnitRef(unit.codebookId(), unit.codebookVersion(), unit.dimension(), null, unit.year());
            for (Change change : unitChanges.changes()) {
                RowKey key = new RowKey(unit.codebookId(), unit.codebookVersion(), unit.dimension(), unit.year(),
                        change.selection(), change.group().grouping().key(), change.group().key(), change.code());
                rows.merge(key, new RowChange(row, change), (a, b) -> new RowChange(row, new Change(
                        a.change().selection(), a.change().group(), a.change().code(),
                        a.change().weight().add(b.change().weight()), a.change().cases() + b.change().cases())));
            }
        }
        return rows.values().stream()
                .filter(row -> row.change().cases() != 0 || row.change().weight().signum() != 0)
                .sorted(ROW_ORDER).toList();
    }
}
