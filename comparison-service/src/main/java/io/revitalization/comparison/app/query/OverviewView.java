package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.analysis.OverviewTable;
import io.revitalization.comparison.domain.analysis.YearRange;

import java.util.List;
import java.util.Map;

/** The overview table; {@code cases} maps the case ids behind its cells to slugs. */
public record OverviewView(long dataVersion, CodebookRef codebook, String groupBy, String selection, String weighting,
                           YearRange years,
                           List<GroupLabel> groups, List<DimensionLegend> dimensions, List<OverviewTable.Cell> cells,
                           int nUnresolved, List<UnresolvedCase> unresolved, Map<String, String> cases) {
}
