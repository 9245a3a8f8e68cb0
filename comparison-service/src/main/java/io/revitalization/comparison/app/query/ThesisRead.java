package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.analysis.GroupPairs;
import io.revitalization.comparison.domain.analysis.MinimumSample;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.domain.analysis.Thesis;
import io.revitalization.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The thesis as a read, for two groups or every pair of a list: per dimension, the level (the trend of the yearly gap, as {@link TrendRead} computes it) and,
 * for ordinal dimensions, the direction (change within cases), and the verdict they support.
 */
@ApplicationScoped
public class ThesisRead {
    private final Scopes scopes;
    private final TrendRead trends;
    private final TalliedChange changes;

    public ThesisRead(Scopes scopes, TrendRead trends, TalliedChange changes) {
        this.scopes = scopes;
        this.trends = trends;
        this.changes = changes;
    }

    public ThesisView read(ThesisQuery query, long dataVersion) {
        ComparisonScope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        List<CodebookDimension> dimensions = query.dimension() == null ? codebook.dimensions
                : List.of(scopes.dimension(codebook, query.dimension()));
        List<GroupRef> refs = scopes.compared(query.groupBy(), withDefaults(query));
        Set<String> caseIds = new TreeSet<>();
        List<ThesisView.ThesisPair> pairs = GroupPairs.of(refs).stream()
                .map(pair -> new ThesisView.ThesisPair(scopes.labelOf(pair.first(), scope.languages()),
                        scopes.labelOf(pair.second(), scope.languages()),
                        dimensions(codebook, dimensions, pair.first(), pair.second(), query, caseIds, dataVersion)))
                .toList();
        boolean listed = query.groups().isList();
        return new ThesisView(dataVersion, scopes.refOf(codebook, scope), query.groupBy().key(),
                Selections.key(scope.selection()), scope.years(), scope.minCases(),
                listed ? null : pairs.get(0).a(), listed ? null : pairs.get(0).b(),
                listed ? null : pairs.get(0).dimensions(),
                listed ? refs.stream().map(ref -> scopes.labelOf(ref, scope.languages())).toList() : null,
                listed ? pairs : null, scopes.slugsOf(caseIds));
    }

    private static GroupSelection withDefaults(ThesisQuery query) {
        GroupSelection groups = query.groups();
        if (groups.isList()) {
            return groups;
        }
        boolean byCountry = query.groupBy() == Grouping.COUNTRY;
        String a = groups.a() != null ? groups.a() : byCountry ? TableRead.DEFAULT_COUNTRIES.get(0) : null;
        String b = groups.b() != null ? groups.b() : byCountry ? TableRead.DEFAULT_COUNTRIES.get(1) : null;
        return GroupSelection.pair(required(a, "a"), required(b, "b"));
    }

    private List<ThesisView.DimensionThesis> dimensions(CodebookVersion codebook, List<CodebookDimension> dimensions,
                                                        GroupRef a, GroupRef b, ThesisQuery query,
                                                        Set<String> caseIds, long dataVersion) {
        ComparisonScope scope = query.scope();
        List<ThesisView.DimensionThesis> results = new ArrayList<>();
        for (CodebookDimension dimension : dimensions) {
            if (dimension.isPath()) {
                continue;
            }
            TrendQuery.Gap gap = dimension.isOrdinal() ? TrendQuery.Gap.MEAN : TrendQuery.Gap.JSD;
            TrendView trend = trends.read(new TrendQuery(scope, dimension.id(), query.groupBy(),
                    GroupSelection.pair(a.key(), b.key()), gap, query.confidenceLevel()), dataVersion);
            caseIds.addAll(trend.cases().keySet());
            ThesisView.Level level = new ThesisView.Level(trend.gap(), trend.trend(), trend.byYear());
            ThesisView.Direction direction = dimension.isOrdinal()
                    ? direction(codebook, dimension, a, b, scope, query.confidenceLevel(), caseIds)
                    : new ThesisView.Direction(Thesis.Direction.NOT_ORDINAL, null, null, null, null, List.of(),
                    List.of());
            Thesis.Verdict verdict = Thesis.verdict(trend.trend().verdict(), direction.direction());
            results.add(new ThesisView.DimensionThesis(scopes.legendOf(dimension, scope.languages()), verdict,
                    statement(dimension, verdict, level, direction, scope.minCases()), level, direction));
        }
        return results;
    }

    private ThesisView.Direction direction(CodebookVersion codebook, CodebookDimension dimension, GroupRef a,
                                           GroupRef b, ComparisonScope scope, double confidenceLevel,
                                           Set<String> caseIds) {
        MinimumSample minimum = new MinimumSample(scope.minCases());
        TalliedChange.GroupTrajectories first = changes.of(codebook, dimension, a, scope, minimum, confidenceLevel);
        TalliedChange.GroupTrajectories second = changes.of(codebook, dimension, b, scope, minimum, confidenceLevel);
        Thesis.DirectionComparison comparison = Thesis.direction(first.change(), second.change(), confidenceLevel);
        first.listed().forEach(trajectory -> caseIds.add(trajectory.caseId()));
        second.listed().forEach(trajectory -> caseIds.add(trajectory.caseId()));
        return new ThesisView.Direction(comparison.direction(), comparison.difference(), comparison.interval(),
                first.change(), second.change(), first.listed(), second.listed());
    }

    private static String statement(CodebookDimension dimension, Thesis.Verdict verdict, ThesisView.Level level,
                                    ThesisView.Direction direction, int minCases) {
        String levelPart = "level: " + level.trend().verdict() + " over " + level.trend().points().size()
                + " usable years (" + level.trend().excludedYears().size() + " excluded below " + minCases
                + " cases per group)";
        String directionPart = direction.direction() == Thesis.Direction.NOT_ORDINAL ? "direction: not ordinal"
                : "direction: " + direction.direction() + " (cases with a change: " + direction.a().n() + " and "
                + direction.b().n() + ", minimum " + minCases + ")";
        return dimension.id() + ": " + verdict + "; " + levelPart + "; " + directionPart;
    }

    private static String required(String key, String field) {
        if (key == null) {
            throw ProblemException.invalid(field, "is required unless groupBy=country");
        }
        return key;
    }
}
