package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.CaseTextScope;
import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.comparison.domain.analysis.Weighting;
import io.revitalization.comparison.domain.analysis.YearRange;

import java.util.List;

/**
 * What every comparison is computed over.
 *
 * @param codebook        id or slug; null when only one codebook exists
 * @param codebookVersion null for the codebook's latest version
 * @param minCases        the fewest cases per group and year for a figure to support a claim
 * @param languages       the caller's preferred languages for display labels, best first
 * @param reader          whose case text the caller may see: exemplars and listed cases are chosen among those
 *                        (part of the cache key and ETag, so each reader gets the answer it may see)
 * @param weighting       what one observation is when shares are taken over several years
 */
public record ComparisonScope(String codebook, Integer codebookVersion, CoderSelection selection, YearRange years,
                              int minCases, List<String> languages, CaseTextScope reader, Weighting weighting) {
}
