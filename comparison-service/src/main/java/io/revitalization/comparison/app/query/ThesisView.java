package io.revitalization.comparison.app.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.revitalization.comparison.domain.analysis.ConfidenceInterval;
import io.revitalization.comparison.domain.analysis.Thesis;
import io.revitalization.comparison.domain.analysis.Trend;
import io.revitalization.comparison.domain.analysis.WithinCaseChange;
import io.revitalization.comparison.domain.analysis.YearRange;

import java.util.List;
import java.util.Map;

/**
 * Per dimension, whether two groups converge or diverge in level and in direction, each with its n and interval,
 * and a verdict; {@code cases} maps the case ids behind it to slugs. Asked for two groups it carries {@code a},
 * {@code b} and {@code dimensions}; asked for a list ({@code groups=}) it carries {@code groups} and the same for
 * every pair in {@code pairs} instead.
 */
public record ThesisView(long dataVersion, CodebookRef codebook, String groupBy, String selection, YearRange years,
                         int minimumCasesPerGroup,
                         @JsonInclude(JsonInclude.Include.NON_NULL) GroupLabel a,
                         @JsonInclude(JsonInclude.Include.NON_NULL) GroupLabel b,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<DimensionThesis> dimensions,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<GroupLabel> groups,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<ThesisPair> pairs,
                         Map<String, String> cases) {

    /** Two of the listed groups and their verdicts per dimension. */
    public record ThesisPair(GroupLabel a, GroupLabel b, List<DimensionThesis> dimensions) {
    }

    /**
     * @param statement what the data do and do not support on this dimension, in a sentence
     */
    public record DimensionThesis(DimensionLegend dimension, Thesis.Verdict verdict, String statement, Level level,
                                  Direction direction) {
    }

    /** @param gap jsd, or mean (absolute difference of mean positions) for ordinal dimensions */
    public record Level(String gap, Trend trend, List<TrendView.TrendYear> byYear) {
    }

    /** Null parts for a nominal dimension, whose codes have no direction. */
    public record Direction(Thesis.Direction direction, Double difference,
                            ConfidenceInterval interval,
                            WithinCaseChange.GroupChange a, WithinCaseChange.GroupChange b,
                            List<WithinCaseChange.CaseTrajectory> trajectoriesA,
                            List<WithinCaseChange.CaseTrajectory> trajectoriesB) {
    }
}
