package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.CodedUnit;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.ComparisonSettings;
import io.revitalization.comparison.domain.analysis.DistanceMatrix;
import io.revitalization.comparison.domain.analysis.Group;
import io.revitalization.comparison.domain.analysis.GroupComparison;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.MinimumSample;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.persistence.UnitCodingRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The distance between groups per year: two groups, or every pair of a list with a yearly matrix. Its bootstrap
 * resamples the cases, so it reads the codings themselves and its cost grows with the codings it covers (and, for a
 * list of k groups, with the k(k−1)/2 pairs).
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
        List<GroupRef> refs = scopes.compared(query.groupBy(), query.groups());
        List<UnresolvedCase> unresolved = new ArrayList<>();
        List<Group> groups = refs.stream()
                .map(ref -> new Group(ref.key(), units(codebook, dimension.id(), ref, scope, unresolved))).toList();
        MinimumSample minimum = new MinimumSample(scope.minCases());
        List<GroupComparison.PairDistances> pairs = GroupComparison.pairwise(dimension.codeScale(), groups,
                scope.years(), new ComparisonSettings(minimum, query.bootstrap()));
        Set<String> caseIds = new TreeSet<>();
        pairs.forEach(pair -> pair.byYear().forEach(year -> {
            caseIds.addAll(year.first().distribution().caseIds());
            caseIds.addAll(year.second().distribution().caseIds());
        }));
        Map<String, GroupLabel> labels = refs.stream().collect(Collectors.toMap(GroupRef::key,
                ref -> scopes.labelOf(ref, scope.languages()), (same, other) -> same));
        boolean listed = query.groups().isList();
        return new DistanceView(dataVersion, scopes.refOf(codebook, scope),
                scopes.legendOf(dimension, scope.languages()),
                query.groupBy().key(), Selections.key(scope.selection()), scope.weighting().key(), scope.years(),
                scope.minCases(),
                new DistanceView.BootstrapSettings(query.bootstrap().replicates(),
                        query.bootstrap().confidenceLevel(), query.bootstrap().seed()),
                listed ? null : labels.get(refs.get(0).key()), listed ? null : labels.get(refs.get(1).key()),
                listed ? null : pairs.get(0).byYear(),
                listed ? refs.stream().map(ref -> labels.get(ref.key())).toList() : null,
                listed ? pairs.stream().map(pair -> new DistanceView.PairDistance(labels.get(pair.first()),
                        labels.get(pair.second()), pair.byYear())).toList() : null,
                listed ? DistanceMatrix.byYear(refs.stream().map(GroupRef::key).toList(), pairs, minimum) : null,
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
