package io.revitalization.comparison.persistence;

import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.persistence.ReliabilityTallyRepository.CoderPairChange;
import io.revitalization.comparison.persistence.ReliabilityTallyRepository.CoincidenceChange;
import io.revitalization.comparison.persistence.ReliabilityTallyRepository.UnitChanges;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the changes of several units do to each reliability count, summed: an import of 2,000 codings by one coder
 * changes that coder's own count of each dimension-year a few times, not 2,000 times. Applying the sums leaves every
 * count as applying the units one after the other would.
 */
final class ReliabilityRowChanges {
    private static final Comparator<UnitRef> YEAR_ORDER = Comparator.comparing(UnitRef::codebookId)
            .thenComparingInt(UnitRef::codebookVersion).thenComparing(UnitRef::dimension)
            .thenComparingInt(UnitRef::year);
    /** Rows in one order in every transaction, so that two transactions never wait on each other's rows. */
    private static final Comparator<Row<CoincidenceChange>> COINCIDENCE_ORDER = Comparator
            .comparing((Row<CoincidenceChange> row) -> row.year(), YEAR_ORDER)
            .thenComparingInt(row -> row.change().pairable())
            .thenComparing(row -> String.join(",", row.change().first()))
            .thenComparing(row -> String.join(",", row.change().second()));
    private static final Comparator<Row<CoderPairChange>> PAIR_ORDER = Comparator
            .comparing((Row<CoderPairChange> row) -> row.year(), YEAR_ORDER)
            .thenComparing(row -> row.change().first())
            .thenComparing(row -> row.change().second());

    private ReliabilityRowChanges() {
    }

    /** The summed change of one count; {@code year} names its codebook version, dimension and year (no case). */
    record Row<C>(UnitRef year, C change) {
    }

    private record CoincidenceKey(UUID codebookId, int version, String dimension, int year, int pairable,
                                  List<String> first, List<String> second) {
    }

    private record PairKey(UUID codebookId, int version, String dimension, int year, String first, String second) {
    }

    /** The units' coincidence changes summed per count, in lock order; counts left as they were drop out. */
    static List<Row<CoincidenceChange>> coincidences(List<UnitChanges> units) {
        Map<CoincidenceKey, Row<CoincidenceChange>> rows = new LinkedHashMap<>();
        for (UnitChanges unitChanges : units) {
            UnitRef year = yearOf(unitChanges.unit());
            for (CoincidenceChange change : unitChanges.coincidences()) {
                rows.merge(new CoincidenceKey(year.codebookId(), year.codebookVersion(), year.dimension(),
                                year.year(), change.pairable(), change.first(), change.second()),
                        new Row<>(year, change), (a, b) -> new Row<>(year, new CoincidenceChange(
                                a.change().pairable(), a.change().first(), a.change().second(),
                                a.change().pairs() + b.change().pairs())));
            }
        }
        return rows.values().stream().filter(row -> row.change().pairs() != 0).sorted(COINCIDENCE_ORDER).toList();
    }

    /** The units' coder pair changes summed per count, in lock order; counts left as they were drop out. */
    static List<Row<CoderPairChange>> coderPairs(List<UnitChanges> units) {
        Map<PairKey, Row<CoderPairChange>> rows = new LinkedHashMap<>();
        for (UnitChanges unitChanges : units) {
            UnitRef year = yearOf(unitChanges.unit());
            for (CoderPairChange change : unitChanges.coderPairs()) {
                rows.merge(new PairKey(year.codebookId(), year.codebookVersion(), year.dimension(), year.year(),
                                change.first(), change.second()),
                        new Row<>(year, change), (a, b) -> new Row<>(year, new CoderPairChange(a.change().first(),
                                a.change().second(), a.change().units() + b.change().units(),
                                a.change().agreements() + b.change().agreements())));
            }
        }
        return rows.values().stream()
                .filter(row -> row.change().units() != 0 || row.change().agreements() != 0)
                .sorted(PAIR_ORDER).toList();
    }

    /**
     * A summed change that could be a count of its own (more units, agreements among them) is an upsert: a count
     * that did not exist before can only have gained such a change. Any other applies to a count that exists, and an
     * upsert's values would break the count's checks.
     */
    static boolean couldStandAlone(CoderPairChange change) {
        return change.units() > 0 && change.agreements() >= 0 && change.agreements() <= change.units();
    }

    private static UnitRef yearOf(UnitRef unit) {
        return new UnitRef(unit.codebookId(), unit.codebookVersion(), unit.dimension(), null, unit.year());
    }
}
