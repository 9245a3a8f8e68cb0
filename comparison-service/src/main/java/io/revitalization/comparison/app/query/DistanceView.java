package io.revitalization.comparison.app.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.revitalization.comparison.domain.analysis.DistanceMatrix;
import io.revitalization.comparison.domain.analysis.GroupDistance;
import io.revitalization.comparison.domain.analysis.YearRange;

import java.util.List;
import java.util.Map;

/**
 * Distances between groups per year; {@code cases} maps the case ids behind them to slugs. Asked for two groups
 * ({@code a=&b=}) it carries {@code a}, {@code b} and {@code byYear}; asked for a list ({@code groups=}) it carries
 * {@code groups}, every pair in {@code pairs} and the yearly {@code matrix} of distances instead.
 */
public record DistanceView(long dataVersion, CodebookRef codebook, DimensionLegend dimension, String groupBy,
                           String selection, String weighting, YearRange years, int minimumCasesPerGroup,
                           BootstrapSettings bootstrap,
                           @JsonInclude(JsonInclude.Include.NON_NULL) GroupLabel a,
                           @JsonInclude(JsonInclude.Include.NON_NULL) GroupLabel b,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<GroupDistance> byYear,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<GroupLabel> groups,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<PairDistance> pairs,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<DistanceMatrix> matrix,
                           int nUnresolved, List<UnresolvedCase> unresolved, Map<String, String> cases) {
    public record BootstrapSettings(int replicates, double confidenceLevel, long seed) {
    }

    /** Two of the listed groups and their yearly distances. */
    public record PairDistance(GroupLabel a, GroupLabel b, List<GroupDistance> byYear) {
    }
}
