package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.Distribution;
import io.revitalization.comparison.domain.analysis.MinimumSample;
import io.revitalization.comparison.domain.analysis.Selections;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Distributions of a dimension per group and year, from the tallies. */
@ApplicationScoped
public class DistributionsRead {
    private final Scopes scopes;
    private final TalliedDistributions distributions;

    public DistributionsRead(Scopes scopes, TalliedDistributions distributions) {
        this.scopes = scopes;
        this.distributions = distributions;
    }

    public DistributionsView read(DistributionsQuery query, long dataVersion) {
        ComparisonScope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        CodebookDimension dimension = scopes.dimension(codebook, query.dimension());
        List<GroupRef> groups = scopes.groups(query.groupBy(), query.groups(), "groups");
        Map<String, Map<Integer, Distribution>> byGroup = distributions.of(codebook, dimension, scope, groups);
        MinimumSample minimum = new MinimumSample(scope.minCases());
        Set<String> caseIds = new TreeSet<>();
        List<DistributionsView.GroupDistributions> results = groups.stream().map(group -> {
            List<DistributionsView.YearDistribution> years = scope.years().years().stream().map(year -> {
                Distribution distribution = byGroup.get(group.key()).get(year);
                caseIds.addAll(distribution.caseIds());
                return new DistributionsView.YearDistribution(year, !minimum.isMetBy(distribution.n()), distribution);
            }).toList();
            return new DistributionsView.GroupDistributions(scopes.labelOf(group, scope.languages()), years);
        }).toList();
        return new DistributionsView(dataVersion, scopes.refOf(codebook, scope),
                scopes.legendOf(dimension, scope.languages()),
                query.groupBy().key(), Selections.key(scope.selection()), scope.weighting().key(), scope.years(),
                scope.minCases(), results,
                scopes.slugsOf(caseIds));
    }
}
