package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.analysis.CodeScale;
import io.revitalization.comparison.domain.analysis.Distribution;
import io.revitalization.comparison.domain.analysis.GroupPairs;
import io.revitalization.comparison.domain.analysis.JensenShannon;
import io.revitalization.comparison.domain.analysis.MinimumSample;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.domain.analysis.Trend;
import io.revitalization.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether groups converge or diverge over the years: the trend of the yearly gap of two groups, or of every pair of a
 * list, from the tallies.
 */
@ApplicationScoped
public class TrendRead {
    private final Scopes scopes;
    private final TalliedDistributions distributions;

    public TrendRead(Scopes scopes, TalliedDistributions distributions) {
        this.scopes = scopes;
        this.distributions = distributions;
    }

    public TrendView read(TrendQuery query, long dataVersion) {
        ComparisonScope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        CodebookDimension dimension = scopes.dimension(codebook, query.dimension());
        TrendQuery.Gap gap = query.gap() == null ? TrendQuery.Gap.JSD : query.gap();
        if (gap == TrendQuery.Gap.MEAN && !dimension.isOrdinal()) {
            throw ProblemException.invalid("gap", "'mean' needs an ordinal dimension; '" + dimension.id()
                    + "' is " + dimension.codeScale().level().name().toLowerCase());
        }
        List<GroupRef> refs = scopes.compared(query.groupBy(), query.groups());
        Map<String, Map<Integer, Distribution>> byGroup = distributions.of(codebook, dimension, scope, refs);
        List<TrendView.TrendPair> pairs = GroupPairs.of(refs).stream()
                .map(pair -> pairOf(pair.first(), pair.second(), byGroup, gap, dimension.codeScale(), scope,
                        query.confidenceLevel()))
                .toList();
        Set<String> caseIds = new TreeSet<>();
        pairs.forEach(pair -> pair.byYear().forEach(year -> {
            caseIds.addAll(year.caseIdsA());
            caseIds.addAll(year.caseIdsB());
        }));
        boolean listed = query.groups().isList();
        TrendView.TrendPair only = listed ? null : pairs.get(0);
        return new TrendView(dataVersion, scopes.refOf(codebook, scope),
                scopes.legendOf(dimension, scope.languages()),
                query.groupBy().key(), Selections.key(scope.selection()), scope.weighting().key(), scope.years(),
                scope.minCases(), listed ? null : only.a(), listed ? null : only.b(), gap.name().toLowerCase(),
                listed ? null : only.byYear(), listed ? null : only.trend(),
                listed ? refs.stream().map(ref -> scopes.labelOf(ref, scope.languages())).toList() : null,
                listed ? pairs : null, scopes.slugsOf(caseIds));
    }

    private TrendView.TrendPair pairOf(GroupRef a, GroupRef b, Map<String, Map<Integer, Distribution>> byGroup,
                                       TrendQuery.Gap gap, CodeScale codeScale, ComparisonScope scope,
                                       double confidenceLevel) {
        MinimumSample minimum = new MinimumSample(scope.minCases());
        List<TrendView.TrendYear> years = new ArrayList<>();
        List<Trend.YearValue> points = new ArrayList<>();
        List<Integer> excluded = new ArrayList<>();
        for (int year : scope.years().years()) {
            Distribution first = byGroup.get(a.key()).get(year);
            Distribution second = byGroup.get(b.key()).get(year);
            boolean insufficient = !minimum.isMetBy(first.n()) || !minimum.isMetBy(second.n());
            Double value = first.n() == 0 || second.n() == 0 ? null : gapOf(gap, first, second, codeScale);
            if (insufficient || value == null) {
                excluded.add(year);
            } else {
                points.add(new Trend.YearValue(year, value));
            }
            years.add(new TrendView.TrendYear(year, first.n(), second.n(), first.caseIds(), second.caseIds(),
                    insufficient, value));
        }
        Trend fitted = Trend.ofSeries(points, confidenceLevel);
        Trend trend = new Trend(fitted.verdict(), fitted.slope(), fitted.slopeInterval(), fitted.points(), excluded);
        return new TrendView.TrendPair(scopes.labelOf(a, scope.languages()), scopes.labelOf(b, scope.languages()),
                years, trend);
    }

    private static double gapOf(TrendQuery.Gap gap, Distribution first, Distribution second, CodeScale scale) {
        if (gap == TrendQuery.Gap.JSD) {
            return JensenShannon.distance(first, second);
        }
        return Math.abs(meanPosition(first, scale) - meanPosition(second, scale));
    }

    /** The mean code position (first code = 1) of a distribution on an ordinal scale. */
    private static double meanPosition(Distribution distribution, CodeScale scale) {
        double weighted = distribution.shares().stream()
                .mapToDouble(share -> share.share() * scale.position(share.code())).sum();
        double total = distribution.shares().stream().mapToDouble(Distribution.CodeShare::share).sum();
        return weighted / total;
    }
}
