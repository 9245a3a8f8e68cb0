package io.revitalization.comparison.service;

import io.revitalization.comparison.analysis.CoderSelection;
import io.revitalization.comparison.analysis.Coding;
import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.UnitRef;
import io.revitalization.comparison.repository.TallyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the tallies in step with codings and group memberships, in the transaction of the change. Each change is
 * applied as "take back what the unit contributed, add what it contributes now", so the cost of a change depends on
 * the unit (or the case), never on the number of cases.
 */
@ApplicationScoped
public class Tallies {
    private final TallyRepository tallies;

    public Tallies(TallyRepository tallies) {
        this.tallies = tallies;
    }

    /** One unit's codings changed from {@code before} to {@code after}; the case belongs to {@code groups}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceUnit(UnitRef unit, List<CaseCoding> before, List<CaseCoding> after, Collection<GroupRef> groups) {
        List<Coding> old = analysisCodings(before);
        List<Coding> current = analysisCodings(after);
        Set<String> coders = new HashSet<>();
        before.forEach(coding -> coders.add(coding.coder));
        after.forEach(coding -> coders.add(coding.coder));
        for (CoderSelection selection : Selections.affectedBy(coders)) {
            Map<String, BigDecimal> was = Selections.contribution(selection, old);
            Map<String, BigDecimal> now = Selections.contribution(selection, current);
            if (!was.equals(now)) {
                String key = Selections.key(selection);
                groups.forEach(group -> {
                    tallies.subtract(unit, key, group, was);
                    tallies.add(unit, key, group, now);
                });
            }
        }
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
            for (CoderSelection selection : Selections.affectedBy(codings.stream().map(c -> c.coder).toList())) {
                Map<String, BigDecimal> contribution = Selections.contribution(selection, analysis);
                String key = Selections.key(selection);
                leaving.forEach(group -> tallies.subtract(unit, key, group, contribution));
                joining.forEach(group -> tallies.add(unit, key, group, contribution));
            }
        });
    }

    private static List<Coding> analysisCodings(List<CaseCoding> codings) {
        return codings.stream().map(CaseCoding::toAnalysis).toList();
    }
}
