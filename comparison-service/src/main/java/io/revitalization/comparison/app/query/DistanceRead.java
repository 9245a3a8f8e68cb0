package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.CaseProfiles;
import io.revitalization.comparison.domain.analysis.CodeScale;
import io.revitalization.comparison.domain.analysis.ComparisonSettings;
import io.revitalization.comparison.domain.analysis.Distribution;
import io.revitalization.comparison.domain.analysis.DistanceMatrix;
import io.revitalization.comparison.domain.analysis.GroupComparison;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.MinimumSample;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.domain.analysis.YearRange;
import io.revitalization.comparison.persistence.ProfileTallyRepository;
import io.revitalization.comparison.persistence.TallyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The distance between groups per year: two groups, or every pair of a list with a yearly matrix. Read from the
 * tallies: each group-year's distribution and its cases' weight profiles, on which the bootstrap resamples (see
 * {@link io.revitalization.comparison.domain.analysis.Bootstrap}); the cost depends on the groups, years and
 * profiles, not on the number of cases (for a list of k groups it grows with the k(k−1)/2 pairs).
 */
@ApplicationScoped
public class DistanceRead {
    private final Scopes scopes;
    private final TalliedDistributions distributions;
    private final ProfileTallyRepository profiles;
    private final TallyRepository tallies;
    private final UnresolvedUnits unresolvedUnits;

    public DistanceRead(Scopes scopes, TalliedDistributions distributions, ProfileTallyRepository profiles,
                        TallyRepository tallies, UnresolvedUnits unresolvedUnits) {
        this.scopes = scopes;
        this.distributions = distributions;
        this.profiles = profiles;
        this.tallies = tallies;
        this.unresolvedUnits = unresolvedUnits;
    }

    public DistanceView read(DistanceQuery query, long dataVersion) {
        ComparisonScope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        CodebookDimension dimension = scopes.dimension(codebook, query.dimension());
        CodeScale scale = dimension.codeScale();
        List<GroupRef> refs = scopes.compared(query.groupBy(), query.groups());
        Map<String, Map<Integer, Distribution>> distributionsOf = distributions.of(codebook, dimension, scope, refs);
        Map<String, Map<Integer, CaseProfiles>> profilesOf = profilesOf(codebook, dimension, scope, refs);
        MinimumSample minimum = new MinimumSample(scope.minCases());
        List<GroupComparison.PairDistances> pairs = GroupComparison.pairwise(refs.stream().map(GroupRef::key)
                        .toList(), scope.years(), new ComparisonSettings(minimum, query.bootstrap()),
                (group, year) -> new GroupComparison.YearSample(group, distributionsOf.get(group).get(year),
                        profilesOf.getOrDefault(group, Map.of()).getOrDefault(year, CaseProfiles.of(List.of()))),
                scale);
        Set<String> caseIds = new TreeSet<>();
        pairs.forEach(pair -> pair.byYear().forEach(year -> {
            caseIds.addAll(year.first().distribution().caseIds());
            caseIds.addAll(year.second().distribution().caseIds());
        }));
        UnresolvedUnits.Found unresolved = unresolved(codebook, dimension, scope, refs, distributionsOf);
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
                unresolved.count(), unresolved.first(), scopes.slugsOf(caseIds));
    }

    /** The groups' case profiles per year, each profile's weights in scale order. */
    private Map<String, Map<Integer, CaseProfiles>> profilesOf(CodebookVersion codebook, CodebookDimension dimension,
                                                              ComparisonScope scope, List<GroupRef> groups) {
        CodeScale scale = dimension.codeScale();
        YearRange years = scope.years();
        Map<String, Map<Integer, List<CaseProfiles.Profile>>> rows = new HashMap<>();
        profiles.read(codebook.codebookId, codebook.version, dimension.id(), Selections.key(scope.selection()),
                groups.get(0).grouping().key(), groups.stream().map(GroupRef::key).toList(), years.from(),
                years.to()).forEach(row -> {
            double[] vector = new double[scale.codes().size()];
            for (int i = 0; i < row.codes().size(); i++) {
                vector[scale.position(row.codes().get(i)) - 1] = row.weights().get(i).doubleValue();
            }
            rows.computeIfAbsent(row.groupKey(), key -> new HashMap<>())
                    .computeIfAbsent(row.year(), year -> new ArrayList<>())
                    .add(new CaseProfiles.Profile(vector, row.cases()));
        });
        Map<String, Map<Integer, CaseProfiles>> result = new HashMap<>();
        rows.forEach((group, byYear) -> byYear.forEach((year, list) -> result
                .computeIfAbsent(group, key -> new HashMap<>()).put(year, CaseProfiles.of(list))));
        return result;
    }

    /** The case-years of the groups the selection could not resolve, counted, the first listed. */
    private UnresolvedUnits.Found unresolved(CodebookVersion codebook, CodebookDimension dimension,
                                             ComparisonScope scope, List<GroupRef> groups,
                                             Map<String, Map<Integer, Distribution>> distributionsOf) {
        YearRange years = scope.years();
        Map<String, Integer> allCaseYears = new HashMap<>();
        if (!UnresolvedUnits.ALL.equals(Selections.key(scope.selection()))) {
            tallies.read(codebook.codebookId, codebook.version, dimension.id(), UnresolvedUnits.ALL,
                            groups.get(0).grouping().key(), groups.stream().map(GroupRef::key).toList(),
                            years.from(), years.to(), 0).stream()
                    .filter(row -> row.code().equals(TallyRepository.WHOLE))
                    .forEach(row -> allCaseYears.merge(row.groupKey(), row.cases(), Integer::sum));
        }
        int count = 0;
        List<UnresolvedCase> first = new ArrayList<>();
        for (GroupRef group : groups.stream().distinct().toList()) {
            int selected = distributionsOf.get(group.key()).values().stream().mapToInt(Distribution::n).sum();
            UnresolvedUnits.Found found = unresolvedUnits.of(codebook.codebookId, codebook.version, dimension.id(),
                    scope.selection(), group, years.from(), years.to(),
                    key -> UnresolvedUnits.ALL.equals(key) ? allCaseYears.getOrDefault(group.key(), 0) : selected,
                    ListedCases.LIMIT - first.size());
            count += found.count();
            first.addAll(found.first());
        }
        return new UnresolvedUnits.Found(count, first);
    }
}
