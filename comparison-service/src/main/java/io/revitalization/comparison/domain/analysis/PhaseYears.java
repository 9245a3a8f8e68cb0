package io.revitalization.comparison.domain.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The years a case spends in each partnership phase, from the histories of the partnerships it takes part in: in a
 * year, every phase one of them is in then, or {@code noPhase} when none is in a phase.
 */
public final class PhaseYears {
    private PhaseYears() {
    }

    /** Per phase (and {@code noPhase}), the runs of consecutive years within {@code years}, in order. */
    public static Map<String, List<YearRange>> of(Collection<PhaseHistory> histories, YearRange years,
                                                  String noPhase) {
        Set<Integer> starts = new TreeSet<>(List.of(years.from()));
        histories.forEach(history -> history.changeYears().stream()
                .filter(year -> year > years.from() && year <= years.to()).forEach(starts::add));
        List<Integer> ordered = new ArrayList<>(starts);
        Map<String, List<YearRange>> spans = new TreeMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            int first = ordered.get(i);
            int last = i + 1 < ordered.size() ? ordered.get(i + 1) - 1 : years.to();
            Set<String> phases = new TreeSet<>();
            histories.forEach(history -> history.phaseIn(first).ifPresent(phases::add));
            if (phases.isEmpty()) {
                phases.add(noPhase);
            }
            phases.forEach(phase -> extend(spans.computeIfAbsent(phase, key -> new ArrayList<>()), first, last));
        }
        return spans;
    }

    private static void extend(List<YearRange> runs, int first, int last) {
        int end = runs.size() - 1;
        if (end >= 0 && runs.get(end).to() == first - 1) {
            runs.set(end, new YearRange(runs.get(end).from(), last));
        } else {
            runs.add(new YearRange(first, last));
        }
    }
}
