package io.revitalization.comparison.app.query;

import java.util.List;
import java.util.Map;

/**
 * What the engine knows: live cases per country, codebooks, and the data version.
 *
 * @param defaultCodebook the codebook of comparison reads that name none; null when there is none to use
 */
public record SummaryView(long dataVersion, long cases, Map<String, Long> casesByCountry,
                          List<CodebookRef> codebooks, String defaultCodebook) {
}
