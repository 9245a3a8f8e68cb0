package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.analysis.Distribution;
import io.revitalization.comparison.domain.analysis.YearRange;

import java.util.List;
import java.util.Map;

/**
 * Distributions per group and year. Every figure comes with the n and the case ids behind it; {@code cases} maps those
 * ids to the cases' slugs where they have one.
 */
public record DistributionsView(long dataVersion, CodebookRef codebook, DimensionLegend dimension, String groupBy,
                                String selection, String weighting, YearRange years, int minimumCasesPerGroup,
                                List<GroupDistributions> groups, Map<String, String> cases) {
    public record GroupDistributions(GroupLabel group, List<YearDistribution> years) {
    }

    /** @param insufficient the year has fewer cases than {@code minimumCasesPerGroup} */
    public record YearDistribution(int year, boolean insufficient, Distribution distribution) {
    }
}
