package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.CodedUnit;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.ComparisonSettings;
import io.revitalization.comparison.domain.analysis.Group;
import io.revitalization.comparison.domain.analysis.GroupComparison;
import io.revitalization.comparison.domain.analysis.GroupDistance;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.MinimumSample;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.persistence.UnitCodingRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The distance between two groups per year. Its bootstrap resamples the cases, so it reads the codings themselves and
 * its cost grows with the codings it covers.
 */
@ApplicationScoped
public class DistanceRead {
    private final Scopes scopes;
    private final UnitCodingRepository codings;

    public DistanceRead(Scopes scopes, UnitCodingRepository codings) {
        this.scopes = scopes;
        this.codings = codings;
    }

    public DistanceView read(DistanceQuery query, long dataVersion) {
        ComparisonScope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        CodebookDimension dimension = scopes.dimension(codebook, query.dimension());
        GroupRef a = scopes.group(query.groupBy(), query.a(), "a");
        GroupRef b = scopes.group(query.groupBy(), query.b(), "b");
        List<UnresolvedCase> unresolved = new ArrayList<>();
        Group first = new Group(a.key(), units(codebook, dimension.id(), a, scope, unresolved));
        Group second = new Group(b.key(), units(codebook, dimension.id(), b, scope, unresolved));
        List<GroupDistance> byYear = GroupComparison.byYear(dimension.codeScale(), first, second, scope.years(),
                new ComparisonSettings(new MinimumSample(scope.minCases()), query.bootstrap()));
        Set<String> caseIds = new TreeSet<>();
        byYear.forEach(year -> {
            caseIds.addAll(year.first().distribution().caseIds());
            caseIds.addAll(year.second().distribution().caseIds());
        });
        return new DistanceView(dataVersion, scopes.refOf(codebook, scope),
                scopes.legendOf(dimension, scope.languages()),
                query.groupBy().key(), Selections.key(scope.selection()), scope.weighting().key(), scope.years(),
                scope.minCases(),
                new DistanceView.BootstrapSettings(query.bootstrap().replicates(),
                        query.bootstrap().confidenceLevel(), query.bootstrap().seed()),
                scopes.labelOf(a, scope.languages()), scopes.labelOf(b, scope.languages()), byYear,
                unresolved.size(), unresolved.stream().limit(ListedCases.LIMIT).toList(), scopes.slugsOf(caseIds));
    }

    /** The resolved units of a group's cases on one dimension; units the selection cannot resolve are reported. */
    private List<CodedUnit> units(CodebookVersion codebook, String dimension, GroupRef group, ComparisonScope scope,
                                  List<UnresolvedCase> unresolved) {
        List<Coding> groupCodings = codings.ofGroup(codebook.codebookId, codebook.version, dimension, group,
                scope.years().from(), scope.years().to());
        CoderSelection.Resolution resolution = scope.selection().resolve(groupCodings);
        resolution.unresolved().forEach(unit -> unresolved.add(new UnresolvedCase(group.key(), unit.caseId(),
                unit.year(), unit.reason().name())));
        return resolution.units();
    }
}
