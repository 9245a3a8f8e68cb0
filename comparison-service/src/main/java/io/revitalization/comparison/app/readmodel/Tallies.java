package io.revitalization.comparison.app.readmodel;

import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.persistence.TallyRepository;
import io.revitalization.comparison.persistence.TallyRepository.Change;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the tallies in step with codings and group memberships, in the transaction of the change. Each change is
 * applied as "take back what the unit contributed, add what it contributes now", netted per tally, so the cost of a
 * change depends on the unit (or the case), never on the number of cases.
 */
@ApplicationScoped
public class Tallies {
    /** Changes in one order in every transaction, so that two transactions never wait on each other's rows. */
    private static final Comparator<Change> LOCK_ORDER = Comparator.comparing(Change::selection)
            .thenComparing(change -> change.group().grouping().key())
            .thenComparing(change -> change.group().key())
            .thenComparing(Change::code);

    private final TallyRepository tallies;
    private final ProfileTallies profiles;

    public Tallies(TallyRepository tallies, ProfileTallies profiles) {
        this.tallies = tallies;
        this.profiles = profiles;
    }

    /** One unit's codings changed from {@code before} to {@code after}; the case belongs to {@code groups}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceUnit(UnitRef unit, List<CaseCoding> before, List<CaseCoding> after, Collection<GroupRef> groups) {
        replaceUnits(List.of(new UnitReplacement(unit, before, after, Set.copyOf(groups))));
    }

    /** One unit's codings changed, for each of several units at once (each unit once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceUnits(List<UnitReplacement> units) {
        tallies.applyAll(units.stream().map(replacement -> new TallyRepository.UnitChanges(replacement.unit(),
                unitChanges(replacement))).toList());
        profiles.replaceUnits(units);
    }

    private static List<Change> unitChanges(UnitReplacement replacement) {
        List<Coding> old = analysisCodings(replacement.before());
        List<Coding> current = analysisCodings(replacement.after());
        Collection<GroupRef> groups = replacement.groups();
        Changes changes = new Changes();
        Selections.storedSides(old, current).forEach((key, sides) -> {
            Map<String, BigDecimal> was = sides.before().map(selection -> Selections.contribution(selection, old))
                    .orElse(Map.of());
            Map<String, BigDecimal> now = sides.after().map(selection -> Selections.contribution(selection, current))
                    .orElse(Map.of());
            groups.forEach(group -> {
                changes.add(key, group, was, -1);
                changes.add(key, group, now, 1);
            });
        });
        return changes.netted();
    }

    /** A case leaves some groups and joins others: its codings' contributions move with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveCase(List<CaseCoding> caseCodings, Collection<GroupRef> leaving, Collection<GroupRef> joining) {
        if (leaving.isEmpty() && joining.isEmpty()) {
            return;
        }
        Map<UnitRef, List<CaseCoding>> byUnit = new LinkedHashMap<>();
        caseCodings.forEach(coding -> byUnit.computeIfAbsent(UnitRef.of(coding), unit -> new ArrayList<>())
                .add(coding));
        byUnit.forEach((unit, codings) -> {
            List<Coding> analysis = analysisCodings(codings);
            Map<String, CoderSelection> stored = Selections.storedFor(List.of(analysis));
            Changes changes = new Changes();
            stored.forEach((key, selection) -> {
                Map<String, BigDecimal> contribution = Selections.contribution(selection, analysis);
                leaving.forEach(group -> changes.add(key, group, contribution, -1));
                joining.forEach(group -> changes.add(key, group, contribution, 1));
            });
            tallies.apply(unit, changes.netted());
            profiles.moveUnit(unit, analysis, stored, leaving, joining);
        });
    }

    static List<Coding> analysisCodings(List<CaseCoding> codings) {
        return codings.stream().map(CaseCoding::toAnalysis).toList();
    }

    /** A unit's contributions taken back and added, summed per tally; tallies left as they were drop out. */
    private static final class Changes {
        private record Tally(String selection, GroupRef group, String code) {
        }

        private final Map<Tally, Change> byTally = new LinkedHashMap<>();

        /** Adds ({@code sign} 1) or takes back (-1) a contribution, and with it the group-year's own tally. */
        void add(String selection, GroupRef group, Map<String, BigDecimal> weightByCode, int sign) {
            if (weightByCode.isEmpty()) {
                return;
            }
            BigDecimal total = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> entry : weightByCode.entrySet()) {
                merge(new Tally(selection, group, entry.getKey()), entry.getValue(), sign);
                total = total.add(entry.getValue());
            }
            merge(new Tally(selection, group, TallyRepository.WHOLE), total, sign);
        }

        private void merge(Tally tally, BigDecimal weight, int sign) {
            Change signed = new Change(tally.selection(), tally.group(), tally.code(),
                    sign > 0 ? weight : weight.negate(), sign);
            byTally.merge(tally, signed, (a, b) -> new Change(a.selection(), a.group(), a.code(),
                    a.weight().add(b.weight()), a.cases() + b.cases()));
        }

        List<Change> netted() {
            return byTally.values().stream()
                    .filter(change -> change.cases() != 0 || change.weight().signum() != 0)
                    .sorted(LOCK_ORDER).toList();
        }
    }
}
