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
import java.util.UUID;

/**
 * A group's change within cases and its first trajectories, from the history tallies (a row per distinct history,
 * whatever the number of cases) and the first cases' histories; from the codings while the histories do not hold
 * every coding yet. Both give the same figures ({@link WithinCaseChange#summary} sums in one order).
 */
@ApplicationScoped
public class TalliedChange {
    /** Cases' histories read at a time while listing the first trajectories. */
    private static final int PAGE = 100;

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
        List<WithinCaseChange.CountedChange> changes = WithinCaseChange.changes(histories.counted(
                codebook.codebookId, codebook.version, dimension.id(), selection, group), dimension.codeScale(), years);
        List<WithinCaseChange.CaseTrajectory> listed = new ArrayList<>();
        List<String> measured = new ArrayList<>();
        UUID after = null;
        while (listed.size() < ListedCases.LIMIT || measured.size() < ListedCases.LIMIT) {
            List<CaseHistoryRepository.CaseRow> page = histories.page(codebook.codebookId, codebook.version,
                    dimension.id(), selection, group, after, PAGE);
            for (CaseHistoryRepository.CaseRow row : page) {
                List<CodedUnit> units = CaseHistory.units(row.history(), row.caseId(), years);
                if (units.isEmpty()) {
                    continue;
                }
                WithinCaseChange.CaseTrajectory trajectory = WithinCaseChange.trajectories(units,
                        dimension.codeScale()).get(0);
                if (listed.size() < ListedCases.LIMIT) {
                    listed.add(trajectory);
                }
                if (trajectory.perYear() != null && measured.size() < ListedCases.LIMIT) {
                    measured.add(trajectory.caseId());
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = UUID.fromString(page.get(page.size() - 1).caseId());
        }
        return new GroupTrajectories(WithinCaseChange.summary(changes, measured, minimum, confidenceLevel), listed);
    }
}
