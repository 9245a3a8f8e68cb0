package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookCode;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.CaseHistory;
import io.revitalization.comparison.domain.analysis.CasePaths;
import io.revitalization.comparison.domain.analysis.CodedUnit;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.domain.analysis.YearRange;
import io.revitalization.comparison.persistence.CaseHistoryRepository;
import io.revitalization.comparison.persistence.UnitCodingRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A group's paths on a path dimension from the history tallies (a path per distinct history, counted) and its first
 * cases' histories (the cases listed beside each path and stage); from the codings while the histories do not hold
 * every coding yet. Both give the same paths ({@link CasePaths#summary} sums per distinct path).
 */
@ApplicationScoped
public class TalliedPaths {
    /** Cases' histories read at a time while listing the first cases of each path and stage. */
    private static final int PAGE = 200;

    private final CaseHistoryRepository histories;
    private final UnitCodingRepository codings;

    public TalliedPaths(CaseHistoryRepository histories, UnitCodingRepository codings) {
        this.histories = histories;
        this.codings = codings;
    }

    public CasePaths.GroupPaths of(CodebookVersion codebook, CodebookDimension dimension, GroupRef group,
                                   ComparisonScope scope) {
        Map<String, Integer> steps = dimension.codes().stream()
                .collect(Collectors.toMap(CodebookCode::id, CodebookCode::order, (a, b) -> a, LinkedHashMap::new));
        YearRange years = scope.years();
        if (!histories.complete()) {
            return CasePaths.summary(CasePaths.of(scope.selection().resolve(codings.ofGroup(codebook.codebookId,
                    codebook.version, dimension.id(), group, years.from(), years.to())).units(), steps), steps);
        }
        String selection = Selections.key(scope.selection());
        List<CasePaths.CountedPath> counted = new ArrayList<>();
        for (CaseHistory.Counted history : histories.counted(codebook.codebookId, codebook.version, dimension.id(),
                selection, group)) {
            pathOf(history.history(), "case", years, steps)
                    .ifPresent(stages -> counted.add(new CasePaths.CountedPath(stages, history.cases())));
        }
        Map<List<String>, Integer> toList = new HashMap<>();
        Map<Integer, Map<String, Integer>> toListByStepStage = new HashMap<>();
        counted.forEach(path -> {
            toList.merge(path.stages(), path.cases(), Integer::sum);
            path.stages().forEach(stage -> toListByStepStage.computeIfAbsent(steps.get(stage), s -> new HashMap<>())
                    .merge(stage, path.cases(), Integer::sum));
        });
        return CasePaths.summary(counted, listed(codebook, dimension, group, selection, years, steps, toList,
                toListByStepStage), steps);
    }

    /**
     * The first cases of each path and of each stage at each step, reading the group's histories in case order until
     * every list is full or the cases run out.
     */
    private CasePaths.Listed listed(CodebookVersion codebook, CodebookDimension dimension, GroupRef group,
                                    String selection, YearRange years, Map<String, Integer> steps,
                                    Map<List<String>, Integer> toList,
                                    Map<Integer, Map<String, Integer>> toListByStepStage) {
        Map<List<String>, List<String>> byPath = new HashMap<>();
        Map<Integer, Map<String, List<String>>> byStepStage = new TreeMap<>();
        int missing = 0;
        for (int cases : toList.values()) {
            missing += Math.min(cases, ListedCases.LIMIT);
        }
        for (Map<String, Integer> stages : toListByStepStage.values()) {
            for (int cases : stages.values()) {
                missing += Math.min(cases, ListedCases.LIMIT);
            }
        }
        UUID after = null;
        while (missing > 0) {
            List<CaseHistoryRepository.CaseRow> page = histories.page(codebook.codebookId, codebook.version,
                    dimension.id(), selection, group, after, PAGE);
            for (CaseHistoryRepository.CaseRow row : page) {
                List<String> stages = pathOf(row.history(), row.caseId(), years, steps).orElse(null);
                if (stages == null) {
                    continue;
                }
                missing -= add(byPath.computeIfAbsent(stages, path -> new ArrayList<>()), row.caseId());
                for (String stage : stages) {
                    missing -= add(byStepStage.computeIfAbsent(steps.get(stage), step -> new TreeMap<>())
                            .computeIfAbsent(stage, s -> new ArrayList<>()), row.caseId());
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = UUID.fromString(page.get(page.size() - 1).caseId());
        }
        return new CasePaths.Listed(byPath, byStepStage);
    }

    private static int add(List<String> listed, String caseId) {
        if (listed.size() >= ListedCases.LIMIT) {
            return 0;
        }
        listed.add(caseId);
        return 1;
    }

    private static Optional<List<String>> pathOf(String history, String caseId, YearRange years,
                                                          Map<String, Integer> steps) {
        List<CodedUnit> units = CaseHistory.units(history, caseId, years);
        return units.isEmpty() ? Optional.empty()
                : Optional.of(CasePaths.of(units, steps).get(0).stages());
    }
}
