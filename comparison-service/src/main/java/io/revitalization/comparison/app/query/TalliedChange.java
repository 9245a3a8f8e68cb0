package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.CaseHistory;
import io.revitalization.comparison.domain.analysis.CodedUnit;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.MinimumSample;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.domain.analysis.WithinCaseChange;
import io.revitalization.comparison.domain.analysis.YearRange;
import io.revitalization.comparison.persistence.CaseHistoryRepository;
import io.revitalization.comparison.persistence.UnitCodingRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * A group's change within cases and its first trajectories, from the history tallies (a row per distinct history,
 * whatever the number of cases) and the first cases' histories; from the codings while the histories do not hold
 * every coding yet. Both give the same figures ({@link WithinCaseChange#summary} sums in one order).
 */
@ApplicationScoped
public class TalliedChange {
    private final CaseHistoryRepository histories;
    private final UnitCodingRepository codings;

    public TalliedChange(CaseHistoryRepository histories, UnitCodingRepository codings) {
        this.histories = histories;
        this.codings = codings;
    }

    /** A group's change and its first {@link ListedCases#LIMIT} trajectories (in case order). */
    public record GroupTrajectories(WithinCaseChange.GroupChange change,
                                    List<WithinCaseChange.CaseTrajectory> listed) {
    }

    public GroupTrajectories of(CodebookVersion codebook, CodebookDimension dimension, GroupRef group,
                                ComparisonScope scope, MinimumSample minimum, double confidenceLevel) {
        if (!histories.complete()) {
            List<CodedUnit> units = scope.selection().resolve(codings.ofGroup(codebook.codebookId, codebook.version,
                    dimension.id(), group, scope.years().from(), scope.years().to())).units();
            List<WithinCaseChange.CaseTrajectory> trajectories = WithinCaseChange.trajectories(units,
                    dimension.codeScale());
            return new GroupTrajectories(WithinCaseChange.summary(trajectories, minimum, confidenceLevel),
                    trajectories.stream().limit(ListedCases.LIMIT).toList());
        }
        String selection = Selections.key(scope.selection());
        YearRange years = scope.years();
        List<CaseHistory.Counted> counted = histories.counted(codebook.codebookId, codebook.version, dimension.id(),
                selection, group);
        List<WithinCaseChange.CountedChange> changes = WithinCaseChange.changes(counted, dimension.codeScale(), years);
        // the first cases are looked up by their histories: with few measured cases among many, reading the group's
        // cases in order until enough turn up would read all of them
        List<String> withUnits = new ArrayList<>();
        List<String> withChange = new ArrayList<>();
        for (CaseHistory.Counted history : counted) {
            List<CodedUnit> units = CaseHistory.units(history.history(), "case", years);
            if (!units.isEmpty()) {
                withUnits.add(history.history());
                if (WithinCaseChange.trajectories(units, dimension.codeScale()).get(0).perYear() != null) {
                    withChange.add(history.history());
                }
            }
        }
        CaseHistoryRepository.Key key = new CaseHistoryRepository.Key(codebook.codebookId, codebook.version,
                dimension.id(), selection, group.grouping().key(), group.key());
        List<WithinCaseChange.CaseTrajectory> listed = histories.firstWith(key, withUnits, ListedCases.LIMIT).stream()
                .map(row -> WithinCaseChange.trajectories(CaseHistory.units(row.history(), row.caseId(), years),
                        dimension.codeScale()).get(0))
                .toList();
        List<String> measured = histories.firstWith(key, withChange, ListedCases.LIMIT).stream()
                .map(CaseHistoryRepository.CaseRow::caseId)
                .toList();
        return new GroupTrajectories(WithinCaseChange.summary(changes, measured, minimum, confidenceLevel), listed);
    }
}
