package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.analysis.CaseHistory;
import io.revitalization.comparison.domain.analysis.CodedUnit;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.OverviewTable;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.domain.analysis.Weighting;
import io.revitalization.comparison.domain.analysis.YearRange;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.persistence.CaseHistoryRepository;
import io.revitalization.comparison.persistence.TallyRepository;
import io.revitalization.comparison.persistence.UnitCodingRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The overview's cells from the tallies rather than from every coding: shares from the summed tallies of the years
 * (by case-year) or from the case histories (by case), distinct cases from the case histories (a row per distinct
 * history) and the first of them from the tallies' cases, exemplars from the most confident codings down, only as far
 * as needed. While the histories do not hold every coding yet, distinct cases and case weights come from the tallies'
 * cases (or the units, under {@code all}).
 * The same cells {@link OverviewTable#cell} computes from the units (a property test compares them); the cost
 * depends on the codes and on the cases' index entries, not on resolving every coding.
 */
@ApplicationScoped
public class OverviewCells {
    /** Codings read at a time while looking for exemplars (usually the first page settles them). */
    private static final int CANDIDATES_PER_PAGE = 50;

    private final TallyRepository tallies;
    private final UnitCodingRepository codings;
    private final UnresolvedUnits unresolvedUnits;
    private final CaseHistoryRepository histories;

    public OverviewCells(TallyRepository tallies, UnitCodingRepository codings, UnresolvedUnits unresolvedUnits,
                         CaseHistoryRepository histories) {
        this.tallies = tallies;
        this.codings = codings;
        this.unresolvedUnits = unresolvedUnits;
        this.histories = histories;
    }

    /** A cell, with the case-years of the group the selection could not resolve (counted, the first listed). */
    public record Result(OverviewTable.Cell cell, int unresolved, List<UnresolvedCase> firstUnresolved) {
    }

    public Result cell(CodebookVersion codebook, String dimension, GroupRef group, ComparisonScope scope,
                       OverviewTable.Settings settings, int unresolvedToList) {
        Tally tally = new Tally(codebook.codebookId, codebook.version, dimension, Selections.key(scope.selection()),
                group, scope.years().from(), scope.years().to(), histories.complete());
        Map<String, BigDecimal> weights = scope.weighting() == Weighting.CASE_YEAR ? tally.weightsOver(tally.selection)
                : caseWeighted(tally, scope.selection());
        BigDecimal total = weights.remove(TallyRepository.WHOLE);
        if (total == null) {
            OverviewTable.Cell empty = new OverviewTable.Cell(dimension, group.key(), 0, List.of(), List.of());
            return unresolved(tally, scope.selection(), empty, unresolvedToList);
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        weights.forEach((code, weight) -> shares.put(code, weight.doubleValue() / total.doubleValue()));
        List<OverviewTable.DominantCode> dominant = OverviewTable.dominantCodes(shares, settings).stream()
                .map(code -> {
                    TallyRepository.CasesOver cases = tally.casesOver(code);
                    return new OverviewTable.DominantCode(code, shares.get(code), cases.n(), cases.firstCaseIds(),
                            exemplars(tally, scope, code, settings.exemplarsPerCode()));
                })
                .toList();
        TallyRepository.CasesOver cases = tally.casesOver(TallyRepository.WHOLE);
        OverviewTable.Cell cell = new OverviewTable.Cell(dimension, group.key(), cases.n(), cases.firstCaseIds(),
                dominant);
        return unresolved(tally, scope.selection(), cell, unresolvedToList);
    }

    /**
     * Each code's weight when every case weighs 1 over the years, and the number of cases under
     * {@link TallyRepository#WHOLE}. Under {@code all} a case-year's codings weigh by coder, which the tallies' cases
     * do not keep, so its units are read.
     */
    private Map<String, BigDecimal> caseWeighted(Tally tally, CoderSelection selection) {
        if (tally.historied) {
            CaseHistory.CaseWeights weights = CaseHistory.caseWeights(tally.histories(), tally.years());
            Map<String, BigDecimal> byCode = new LinkedHashMap<>();
            weights.byCode().forEach((code, weight) -> byCode.put(code, BigDecimal.valueOf(weight)));
            if (weights.cases() > 0) {
                byCode.put(TallyRepository.WHOLE, BigDecimal.valueOf(weights.cases()));
            }
            return byCode;
        }
        if (selection.rule() != CoderSelection.Rule.ALL_CODERS) {
            return tallies.caseWeightedOver(tally.codebookId, tally.version, tally.dimension, tally.selection,
                    tally.group, tally.from, tally.to);
        }
        List<CodedUnit> units = Weighting.CASE.reweigh(selection.resolve(codings.ofGroup(tally.codebookId,
                tally.version, tally.dimension, tally.group, tally.from, tally.to)).units());
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        units.forEach(unit -> {
            BigDecimal perCode = BigDecimal.valueOf(unit.weight() / unit.codes().size());
            unit.codes().forEach(code -> weights.merge(code, perCode, BigDecimal::add));
            weights.merge(TallyRepository.WHOLE, BigDecimal.valueOf(unit.weight()), BigDecimal::add);
        });
        return weights;
    }

    private Result unresolved(Tally tally, CoderSelection selection, OverviewTable.Cell cell, int toList) {
        UnresolvedUnits.Found found = unresolvedUnits.of(tally.codebookId, tally.version, tally.dimension, selection,
                tally.group, tally.from, tally.to, tally::caseYears, toList);
        return new Result(cell, found.count(), found.first());
    }

    /**
     * The exemplars {@link OverviewTable#exemplars} picks among all the units, found by reading codings in its order
     * (most confident first, then by case): a unit's confidence is at most that of its most confident coding, so once
     * the last exemplar found is more confident than the next coding to read, or as confident and of an earlier
     * case, no unit still unread can take its place.
     */
    private List<OverviewTable.Exemplar> exemplars(Tally tally, ComparisonScope scope, String code, int limit) {
        CoderSelection selection = scope.selection();
        if (limit == 0) {
            return List.of();
        }
        String coder = selection.rule() == CoderSelection.Rule.SINGLE_CODER ? selection.coder() : null;
        List<CodedUnit> units = new ArrayList<>();
        Set<String> read = new HashSet<>();
        for (int offset = 0; ; offset += CANDIDATES_PER_PAGE) {
            List<Coding> page = codings.mostConfident(tally.codebookId, tally.version, tally.dimension, tally.group,
                    code, coder, tally.from, tally.to, scope.reader(), offset, CANDIDATES_PER_PAGE + 1);
            List<Coding> candidates = page.subList(0, Math.min(page.size(), CANDIDATES_PER_PAGE));
            units.addAll(unitsOf(tally, scope, candidates, read));
            List<OverviewTable.Exemplar> found = OverviewTable.exemplars(units, code, limit);
            if (page.size() <= CANDIDATES_PER_PAGE) {
                return found;
            }
            if (found.size() == limit && cannotBeBeaten(found.get(limit - 1), page.get(CANDIDATES_PER_PAGE))) {
                return found;
            }
        }
    }

    private static boolean cannotBeBeaten(OverviewTable.Exemplar last, Coding next) {
        double lastConfidence = OverviewTable.rankedConfidence(last.confidence());
        double nextConfidence = OverviewTable.rankedConfidence(next.confidence());
        return lastConfidence > nextConfidence
                || lastConfidence == nextConfidence && last.caseId().compareTo(next.caseId()) < 0;
    }

    /** The resolved units of the candidates' case-years not read yet, from all their codings. */
    private List<CodedUnit> unitsOf(Tally tally, ComparisonScope scope, List<Coding> candidates, Set<String> read) {
        List<UUID> caseIds = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (Coding candidate : candidates) {
            if (read.add(candidate.caseId() + "/" + candidate.year())) {
                caseIds.add(UUID.fromString(candidate.caseId()));
                years.add(candidate.year());
            }
        }
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return scope.selection().resolve(codings.ofUnits(tally.codebookId, tally.version, tally.dimension, caseIds,
                years, scope.reader())).units();
    }

    /**
     * One cell's tallies: a dimension of a codebook version, a group and a range of years; with its cases' histories
     * when they are {@code historied} (every coding in them), which count cases over the years.
     */
    private final class Tally {
        final UUID codebookId;
        final int version;
        final String dimension;
        final String selection;
        final GroupRef group;
        final int from;
        final int to;
        final boolean historied;
        private final Map<String, List<TallyRepository.Row>> rowsBySelection = new HashMap<>();
        private List<CaseHistory.Counted> histories;
        private Map<String, Integer> casesByCode;

        Tally(UUID codebookId, int version, String dimension, String selection, GroupRef group, int from, int to,
              boolean historied) {
            this.codebookId = codebookId;
            this.version = version;
            this.dimension = dimension;
            this.selection = selection;
            this.group = group;
            this.from = from;
            this.to = to;
            this.historied = historied;
        }

        YearRange years() {
            return new YearRange(from, to);
        }

        List<CaseHistory.Counted> histories() {
            if (histories == null) {
                histories = OverviewCells.this.histories.counted(codebookId, version, dimension, selection, group);
            }
            return histories;
        }

        /** The weight of each code (and of {@link TallyRepository#WHOLE}) summed over the years. */
        Map<String, BigDecimal> weightsOver(String selectionKey) {
            Map<String, BigDecimal> weights = new LinkedHashMap<>();
            rows(selectionKey).forEach(row -> weights.merge(row.code(), row.weight(), BigDecimal::add));
            return weights;
        }

        /** The case-years a selection counts: its group-year tallies' cases summed over the years. */
        int caseYears(String selectionKey) {
            return rows(selectionKey).stream().filter(row -> row.code().equals(TallyRepository.WHOLE))
                    .mapToInt(TallyRepository.Row::cases).sum();
        }

        TallyRepository.CasesOver casesOver(String code) {
            if (historied) {
                if (casesByCode == null) {
                    casesByCode = CaseHistory.casesByCode(histories(), years(), TallyRepository.WHOLE);
                }
                int n = casesByCode.getOrDefault(code, 0);
                return new TallyRepository.CasesOver(n, n == 0 ? List.of() : tallies.firstCasesOver(codebookId,
                        version, dimension, selection, group, code, from, to, ListedCases.LIMIT));
            }
            return tallies.casesOver(codebookId, version, dimension, selection, group, code, from, to,
                    ListedCases.LIMIT);
        }

        private List<TallyRepository.Row> rows(String selectionKey) {
            return rowsBySelection.computeIfAbsent(selectionKey, key -> tallies.read(codebookId, version, dimension,
                    key, group.grouping().key(), List.of(group.key()), from, to, 0));
        }
    }
}
