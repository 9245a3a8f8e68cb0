package io.revitalization.comparison.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

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

    private PercentAgreement() {
    }

    public static Result pairwise(Collection<Coding> codings) {
        SortedMap<UnitKey, Map<String, Coding>> units = UnitKey.group(codings);
        List<String> coders = List.copyOf(new TreeSet<>(codings.stream().map(Coding::coder).toList()));
        List<CoderPair> pairs = new ArrayList<>();
        int comparisons = 0;
        int agreements = 0;
        for (int i = 0; i < coders.size(); i++) {
            for (int j = i + 1; j < coders.size(); j++) {
                CoderPair pair = pairOf(coders.get(i), coders.get(j), units.values());
                pairs.add(pair);
                comparisons += pair.unitsCodedByBoth();
                agreements += pair.agreements();
            }
        }
        return new Result(pairs, comparisons, agreements, shareOf(agreements, comparisons));
    }

    private static CoderPair pairOf(String first, String second, Collection<Map<String, Coding>> units) {
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
        return new CoderPair(first, second, both, agreements, shareOf(agreements, both));
    }

    private static Double shareOf(int agreements, int comparisons) {
        return comparisons == 0 ? null : (double) agreements / comparisons;
    }
}
