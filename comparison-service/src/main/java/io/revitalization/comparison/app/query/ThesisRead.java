package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.comparison.domain.GroupRef;
import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.analysis.CodedUnit;
import io.revitalization.comparison.domain.analysis.ListedCases;
import io.revitalization.comparison.domain.analysis.MinimumSample;
import io.revitalization.comparison.domain.analysis.Selections;
import io.revitalization.comparison.domain.analysis.Thesis;
import io.revitalization.comparison.domain.analysis.WithinCaseChange;
import io.revitalization.comparison.persistence.UnitCodingRepository;
import io.revitalization.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The thesis as a read: per dimension, the level (the trend of the yearly gap, as {@link TrendRead} computes it) and,
 * for ordinal dimensions, the direction (change within cases), and the verdict they support.
 */
@ApplicationScoped
public class ThesisRead {
    private final Scopes scopes;
    private final TrendRead trends;
    private final UnitCodingRepository codings;

    public ThesisRead(Scopes scopes, TrendRead trends, UnitCodingRepository codings) {
        this.scopes = scopes;
        this.trends = trends;
        this.codings = codings;
    }

    public ThesisView read(ThesisQuery query, long dataVersion) {
        ComparisonScope scope = query.scope();
        CodebookVersion codebook = scopes.codebook(scope);
        List<CodebookDimension> dimensions = query.dimension() == null ? codebook.dimensions
                : List.of(scopes.dimension(codebook, query.dimension()));
        boolean byCountry = query.groupBy() == Grouping.COUNTRY;
        String aKey = query.a() != null ? query.a() : byCountry ? TableRead.DEFAULT_COUNTRIES.get(0) : null;
        String bKey = query.b() != null ? query.b() : byCountry ? TableRead.DEFAULT_COUNTRIES.get(1) : null;
        GroupRef a = scopes.group(query.groupBy(), required(aKey, "a"), "a");
        GroupRef b = scopes.group(query.groupBy(), required(bKey, "b"), "b");
        Set<String> caseIds = new TreeSet<>();
        List<ThesisView.DimensionThesis> results = new ArrayList<>();
        for (CodebookDimension dimension : dimensions) {
            if (dimension.isPath()) {
                continue;
            }
            TrendQuery.Gap gap = dimension.isOrdinal() ? TrendQuery.Gap.MEAN : TrendQuery.Gap.JSD;
            TrendView trend = trends.read(new TrendQuery(scope, dimension.id(), query.groupBy(), a.key(), b.key(),
                    gap, query.confidenceLevel()), dataVersion);
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
        return new ThesisView(dataVersion, scopes.refOf(codebook, scope), query.groupBy().key(),
                Selections.key(scope.selection()), scope.years(), scope.minCases(),
                scopes.labelOf(a, scope.languages()), scopes.labelOf(b, scope.languages()), results,
                scopes.slugsOf(caseIds));
    }

    private ThesisView.Direction direction(CodebookVersion codebook, CodebookDimension dimension, GroupRef a,
                                           GroupRef b, ComparisonScope scope, double confidenceLevel,
                                           Set<String> caseIds) {
        MinimumSample minimum = new MinimumSample(scope.minCases());
        List<WithinCaseChange.CaseTrajectory> first = trajectories(codebook, dimension, a, scope);
        List<WithinCaseChange.CaseTrajectory> second = trajectories(codebook, dimension, b, scope);
        WithinCaseChange.GroupChange changeA = WithinCaseChange.summary(first, minimum, confidenceLevel);
        WithinCaseChange.GroupChange changeB = WithinCaseChange.summary(second, minimum, confidenceLevel);
        Thesis.DirectionComparison comparison = Thesis.direction(changeA, changeB, confidenceLevel);
        List<WithinCaseChange.CaseTrajectory> listedA = first.stream().limit(ListedCases.LIMIT).toList();
        List<WithinCaseChange.CaseTrajectory> listedB = second.stream().limit(ListedCases.LIMIT).toList();
        listedA.forEach(trajectory -> caseIds.add(trajectory.caseId()));
        listedB.forEach(trajectory -> caseIds.add(trajectory.caseId()));
        return new ThesisView.Direction(comparison.direction(), comparison.difference(), comparison.interval(),
                changeA, changeB, listedA, listedB);
    }

    private List<WithinCaseChange.CaseTrajectory> trajectories(CodebookVersion codebook, CodebookDimension dimension,
                                                               GroupRef group, ComparisonScope scope) {
        List<CodedUnit> units = scope.selection().resolve(codings.ofGroup(codebook.codebookId, codebook.version,
                dimension.id(), group, scope.years().from(), scope.years().to())).units();
        return WithinCaseChange.trajectories(units, dimension.codeScale());
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
