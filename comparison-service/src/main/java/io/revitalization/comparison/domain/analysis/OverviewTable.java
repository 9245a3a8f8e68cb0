package io.revitalization.comparison.domain.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The overview table: for each dimension and group a cell with the dominant codes, their shares, the cases behind
 * them and exemplar cases with their evidence quotes. {@link #cell} defines a cell from the units; the service reads
 * the same cells from its tallies.
 */
public final class OverviewTable {

    /** The units of one dimension for one group. */
    public record Input(String dimension, String group, List<CodedUnit> units) {
        public Input {
            Require.text(dimension, "dimension");
            Require.text(group, "group");
            units = List.copyOf(Require.present(units, "units"));
        }
    }

    /**
     * @param minimumShare     a code is dominant when its share is at least this, in (0, 1]
     * @param maximumCodes     at most this many dominant codes per cell, the largest shares first
     * @param exemplarsPerCode at most this many exemplar cases per dominant code
     */
    public record Settings(double minimumShare, int maximumCodes, int exemplarsPerCode) {

        /**
         * A quarter: a code that a quarter of a group's case-years carry characterises the group even when the
         * dimension has many codes; at most three codes and three exemplars keep a cell readable.
         */
        public static final Settings DEFAULT = new Settings(0.25, 3, 3);

        public Settings {
            if (!(minimumShare > 0 && minimumShare <= 1)) {
                throw new IllegalArgumentException("minimumShare must be in (0, 1], was " + minimumShare);
            }
            if (maximumCodes < 1 || exemplarsPerCode < 0) {
                throw new IllegalArgumentException("maximumCodes must be at least 1 and exemplarsPerCode at least 0");
            }
        }
    }

    /**
     * @param n             distinct cases of the group with a coding on the dimension
     * @param caseIds       the first of those cases (see {@link ListedCases}), sorted
     * @param dominantCodes possibly empty when no code reaches the minimum share
     */
    public record Cell(String dimension, String group, int n, List<String> caseIds, List<DominantCode> dominantCodes) {
        public Cell {
            caseIds = ListedCases.first(caseIds);
            dominantCodes = List.copyOf(dominantCodes);
        }
    }

    /**
     * @param n         distinct cases with the code
     * @param caseIds   the first of those cases (see {@link ListedCases}), sorted
     * @param exemplars the most confidently coded of those cases first (stated confidence, then case id)
     */
    public record DominantCode(String code, double share, int n, List<String> caseIds, List<Exemplar> exemplars) {
        public DominantCode {
            caseIds = ListedCases.first(caseIds);
            exemplars = List.copyOf(exemplars);
        }
    }

    /** The case-year that best shows a code, with the quotes of its codings. */
    public record Exemplar(String caseId, int year, Double confidence, List<String> evidence) {
        public Exemplar {
            evidence = List.copyOf(evidence);
        }
    }

    private static final Comparator<CodedUnit> MOST_CONVINCING_FIRST = Comparator
            .comparing((CodedUnit unit) -> rankedConfidence(unit.confidence()), Comparator.reverseOrder())
            .thenComparing(CodedUnit::caseId)
            .thenComparing(CodedUnit::year, Comparator.reverseOrder());

    private OverviewTable() {
    }

    public static Cell cell(Input input, Settings settings) {
        Require.present(settings, "settings");
        Distribution distribution = Distribution.of(input.units());
        Map<String, Distribution.CodeShare> byCode = new LinkedHashMap<>();
        distribution.shares().forEach(share -> byCode.put(share.code(), share));
        List<DominantCode> dominant = dominantCodes(shareByCode(distribution), settings).stream()
                .map(byCode::get)
                .map(entry -> new DominantCode(entry.code(), entry.share(), entry.n(), entry.caseIds(),
                        exemplars(input.units(), entry.code(), settings.exemplarsPerCode())))
                .toList();
        return new Cell(input.dimension(), input.group(), distribution.n(), distribution.caseIds(), dominant);
    }

    /** The codes that characterise a cell: at least the minimum share, the largest first (then by code), at most
     * {@link Settings#maximumCodes()}. */
    public static List<String> dominantCodes(Map<String, Double> shareByCode, Settings settings) {
        return shareByCode.entrySet().stream()
                .filter(entry -> entry.getValue() >= settings.minimumShare())
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(settings.maximumCodes())
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The best unit of each case carrying the code, best cases first (stated confidence, then case id, then the
     * latest year); one exemplar per case, at most {@code limit}. The order is one an index can give, so the service
     * finds exemplars without ranking every unit.
     */
    public static List<Exemplar> exemplars(Collection<CodedUnit> units, String code, int limit) {
        Map<String, CodedUnit> bestPerCase = new LinkedHashMap<>();
        units.stream()
                .filter(unit -> unit.codes().contains(code))
                .sorted(MOST_CONVINCING_FIRST)
                .forEach(unit -> bestPerCase.putIfAbsent(unit.caseId(), unit));
        return bestPerCase.values().stream()
                .limit(limit)
                .map(unit -> new Exemplar(unit.caseId(), unit.year(), unit.confidence(), unit.evidence()))
                .toList();
    }

    /** The confidence exemplars are ranked by: the stated one, -1 for none. */
    public static double rankedConfidence(Double confidence) {
        return confidence == null ? -1 : confidence;
    }

    private static Map<String, Double> shareByCode(Distribution distribution) {
        Map<String, Double> shares = new LinkedHashMap<>();
        distribution.shares().forEach(share -> shares.put(share.code(), share.share()));
        return shares;
    }
}
