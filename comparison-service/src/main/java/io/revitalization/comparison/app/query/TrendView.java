package io.revitalization.comparison.app.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.revitalization.comparison.domain.analysis.Trend;
import io.revitalization.comparison.domain.analysis.YearRange;

import java.util.List;
import java.util.Map;

/**
 * The yearly gap between groups and its trend; {@code cases} maps the case ids behind it to slugs. Asked for two
 * groups ({@code a=&b=}) it carries {@code a}, {@code b}, {@code byYear} and {@code trend}; asked for a list
 * ({@code groups=}) it carries {@code groups} and the same for every pair in {@code pairs} instead.
 */
public record TrendView(long dataVersion, CodebookRef codebook, DimensionLegend dimension, String groupBy,
                        String selection, String weighting, YearRange years, int minimumCasesPerGroup,
                        @JsonInclude(JsonInclude.Include.NON_NULL) GroupLabel a,
                        @JsonInclude(JsonInclude.Include.NON_NULL) GroupLabel b,
                        String gap,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<TrendYear> byYear,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Trend trend,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<GroupLabel> groups,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<TrendPair> pairs,
                        Map<String, String> cases) {
    /** @param gap null when the year is insufficient or a group has no case */
    public record TrendYear(int year, int nA, int nB, List<String> caseIdsA, List<String> caseIdsB,
                            boolean insufficient, Double gap) {
    }

    /** Two groups, their yearly gap and its trend. */
    public record TrendPair(GroupLabel a, GroupLabel b, List<TrendYear> byYear, Trend trend) {
    }
}
