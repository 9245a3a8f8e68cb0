package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.analysis.Trend;
import io.revitalization.comparison.domain.analysis.YearRange;

import java.util.List;
import java.util.Map;

/** The yearly gap between two groups and its trend; {@code cases} maps the case ids behind it to slugs. */
public record TrendView(long dataVersion, CodebookRef codebook, DimensionLegend dimension, String groupBy,
                        String selection, String weighting, YearRange years, int minimumCasesPerGroup, GroupLabel a,
                        GroupLabel b,
                        String gap, List<TrendYear> byYear, Trend trend, Map<String, String> cases) {
    /** @param gap null when the year is insufficient or a group has no case */
    public record TrendYear(int year, int nA, int nB, List<String> caseIdsA, List<String> caseIdsB,
                            boolean insufficient, Double gap) {
    }
}
