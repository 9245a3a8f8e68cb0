package io.revitalization.comparison.app.readmodel;

import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.persistence.ReliabilityTallyRepository;
import io.revitalization.comparison.persistence.ReliabilityTallyRepository.CoderPairChange;
import io.revitalization.comparison.persistence.ReliabilityTallyRepository.CoincidenceChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the reliability counts (V53) in step with the codings of live cases, in the transaction of the change: a
 * unit's old contribution is taken back and its new one added, netted per count, so a change costs what the unit's
 * codings (at most one per coder) cost, never more with the number of cases.
 */
@ApplicationScoped
public class ReliabilityTallies {
    private final ReliabilityTallyRepository counts;

    public ReliabilityTallies(ReliabilityTallyRepository counts) {
        this.counts = counts;
    }

    /** A live case's unit's codings changed from {@code before} to {@code after}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceUnit(UnitRef unit, List<CaseCoding> before, List<CaseCoding> after) {
        replaceUnits(List.of(new UnitReplacement(unit, before, after, Set.of())));
    }

    /** Live cases' units' codings changed, for each of several units at once (each unit once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceUnits(List<UnitReplacement> units) {
        counts.applyAll(units.stream().map(replacement -> {
            Changes changes = new Changes();
            changes.add(replacement.before(), -1);
            changes.add(replacement.after(), 1);
            return changes.of(replacement.unit());
        }).toList());
    }

    /** A case was deleted ({@code live} false) or came back: its codings leave reliability or count again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseLiveness(List<CaseCoding> caseCodings, boolean live) {
        Map<UnitRef, List<CaseCoding>> byUnit = caseCodings.stream()
                .collect(Collectors.groupingBy(UnitRef::of, LinkedHashMap::new, Collectors.toList()));
        counts.applyAll(byUnit.entrySet().stream().map(unit -> {
            Changes changes = new Changes();
            changes.add(unit.getValue(), live ? 1 : -1);
            return changes.of(unit.getKey());
        }).toList());
    }

    /** A unit's contributions taken back and added, summed per count; counts left as they were drop out. */
    private static final class Changes {
        private record Coincidence(int pairable, List<String> first, List<String> second) {
        }

        private record Pair(String first, String second) {
        }

        private final Map<Coincidence, Integer> coincidences = new LinkedHashMap<>();
        private final Map<Pair, int[]> pairs = new LinkedHashMap<>();

        /**
         * Adds ({@code sign} 1) or takes back (-1) a unit's contribution: every ordered pair of its codings, a coder
         * with itself only among the coder pairs (its own count). An adjudicated coding is no coder's and counts
         * in neither.
         */
        void add(List<CaseCoding> unitCodings, int sign) {
            List<CaseCoding> codings = unitCodings.stream().filter(coding -> !coding.isAdjudication()).toList();
            int coders = codings.size();
            for (CaseCoding a : codings) {
                for (CaseCoding b : codings) {
                    boolean agree = a.codes.equals(b.codes);
                    pairs.merge(new Pair(a.coder, b.coder), new int[] {sign, agree ? sign : 0},
                            (x, y) -> new int[] {x[0] + y[0], x[1] + y[1]});
                    if (!a.coder.equals(b.coder)) {
                        coincidences.merge(new Coincidence(coders, a.codes, b.codes), sign, Integer::sum);
                    }
                }
            }
        }

        ReliabilityTallyRepository.UnitChanges of(UnitRef unit) {
            return new ReliabilityTallyRepository.UnitChanges(unit,
                    coincidences.entrySet().stream().filter(entry -> entry.getValue() != 0)
                            .map(entry -> new CoincidenceChange(entry.getKey().pairable(), entry.getKey().first(),
                                    entry.getKey().second(), entry.getValue()))
                            .toList(),
                    pairs.entrySet().stream().filter(entry -> entry.getValue()[0] != 0 || entry.getValue()[1] != 0)
                            .map(entry -> new CoderPairChange(entry.getKey().first(), entry.getKey().second(),
                                    entry.getValue()[0], entry.getValue()[1]))
                            .toList());
        }
    }
}
