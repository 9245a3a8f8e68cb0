package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.analysis.GroupDistance;
import io.revitalization.comparison.domain.analysis.YearRange;

import java.util.List;
import java.util.Map;

/** Distances between two groups per year; {@code cases} maps the case ids behind them to slugs. */
public record DistanceView(long dataVersion, CodebookRef codebook, DimensionLegend dimension, String groupBy,
                           String selection, String weighting, YearRange years, int minimumCasesPerGroup,
                           BootstrapSettings bootstrap,
                           GroupLabel a, GroupLabel b, List<GroupDistance> byYear, int nUnresolved,
                           List<UnresolvedCase> unresolved, Map<String, String> cases) {
    public record BootstrapSettings(int replicates, double confidenceLevel, long seed) {
    }
}
