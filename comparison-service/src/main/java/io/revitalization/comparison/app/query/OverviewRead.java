package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.OverviewTable;
import io.revitalization.comparison.domain.analysis.Selections;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The overview table: per dimension and group, the dominant codes and their exemplars ({@link OverviewCells}). */
@ApplicationScoped
public class OverviewRead {
    private final Scopes scopes;
    private final OverviewCells overviewCells;

    public OverviewRead(Scopes scopes, OverviewCells overviewCells) {
        this.scopes = scopes;
        this.overviewCells = overviewCells;
    }

    public OverviewView read(OverviewQuery query, long dataVersion) {
        ComparisonScope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        List<GroupRef> groups = scopes.groups(query.groupBy(), query.groups(), "groups");
        List<OverviewTable.Cell> cells = new ArrayList<>();
        List<UnresolvedCase> unresolved = new ArrayList<>();
        int unresolvedCount = 0;
        for (CodebookDimension dimension : codebook.dimensions) {
            for (GroupRef group : groups) {
                OverviewCells.Result result = overviewCells.cell(codebook, dimension.id(), group, scope,
                        OverviewTable.Settings.DEFAULT, ListedCases.LIMIT - unresolved.size());
                cells.add(result.cell());
                unresolvedCount += result.unresolved();
                unresolved.addAll(result.firstUnresolved());
            }
        }
        Set<String> caseIds = new TreeSet<>();
        cells.forEach(cell -> {
            caseIds.addAll(cell.caseIds());
            cell.dominantCodes().forEach(code -> {
                caseIds.addAll(code.caseIds());
                code.exemplars().forEach(exemplar -> caseIds.add(exemplar.caseId()));
            });
        });
        return new OverviewView(dataVersion, scopes.refOf(codebook, scope), query.groupBy().key(),
                Selections.key(scope.selection()), scope.weighting().key(), scope.years(),
                groups.stream().map(group -> scopes.labelOf(group, scope.languages())).toList(),
                codebook.dimensions.stream().map(dimension -> scopes.legendOf(dimension, scope.languages())).toList(),
                cells, unresolvedCount, unresolved, scopes.slugsOf(caseIds));
    }
}
