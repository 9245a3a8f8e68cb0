package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Pairwise percent agreement: for each pair of coders, the share of the units both coded on which they gave the
 * same code set (for multi-valued dimensions, exactly the same codes). Not chance-corrected; read it next to
 * {@link KrippendorffAlpha}.
 */
public final class PercentAgreement {

    /**
     * @param unitsCodedByBoth units both coders coded
     * @param share            agreements / unitsCodedByBoth; {@code null} when they share no unit
     */
    public record CoderPair(String firstCoder, String secondCoder, int unitsCodedByBoth, int agreements,
                            Double share) {
    }

    /**
     * @param pairs        every pair of coders seen, in coder order
     * @param comparisons  the sum of unitsCodedByBoth over the pairs
     * @param overallShare agreements / comparisons over all pairs; {@code null} without comparisons
     */
    public record Result(List<CoderPair> pairs, int comparisons, int agreements, Double overallShare) {
        public Result {
            pairs = List.copyOf(pairs);
        }
    }

    /** What two coders share: the units both coded and the agreements among them. */
    public record Shared(int units, int agreements) {
        public static final Shared NONE = new Shared(0, 0);
    }

    private PercentAgreement() {
    }

    public static Result pairwise(Collection<Coding> codings) {
        SortedMap<UnitKey, Map<String, Coding>> units = UnitKey.group(codings);
        return pairwise(codings.stream().map(Coding::coder).toList(),
                (first, second) -> sharedBy(first, second, units.values()));
    }

    /**
     * From what each pair of coders shares, counted elsewhere (e.g. summed over years): the same result as
     * {@link #pairwise(Collection)} on the codings counted.
     *
     * @param coders every coder of the codings counted
     */
    public static Result pairwise(Collection<String> coders, BiFunction<String, String, Shared> shared) {
        List<String> sorted = List.copyOf(new TreeSet<>(coders));
        List<CoderPair> pairs = new ArrayList<>();
        int comparisons = 0;
        int agreements = 0;
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Shared both = shared.apply(sorted.get(i), sorted.get(j));
                CoderPair pair = new CoderPair(sorted.get(i), sorted.get(j), both.units(), both.agreements(),
                        shareOf(both.agreements(), both.units()));
                pairs.add(pair);
                comparisons += pair.unitsCodedByBoth();
                agreements += pair.agreements();
            }
        }
        return new Result(pairs, comparisons, agreements, shareOf(agreements, comparisons));
    }

    private static Shared sharedBy(String first, String second, Collection<Map<String, Coding>> units) {
        int both = 0;
        int agreements = 0;
        for (Map<String, Coding> byCoder : units) {
            Coding a = byCoder.get(first);
            Coding b = byCoder.get(second);
            if (a != null && b != null) {
                both++;
                if (a.codes().equals(b.codes())) {
                    agreements++;
                }
            }
        }
        return new Shared(both, agreements);
    }

    private static Double shareOf(int agreements, int comparisons) {
        return comparisons == 0 ? null : (double) agreements / comparisons;
    }
}
