package io.revitalization.comparison.app.query;

import java.util.List;
import java.util.Map;

/**
 * A truth table in one year.
 *
 * @param nLeftOut the number of cases coded on some but not all of the outcome's and conditions' dimensions that
 *                 year
 * @param leftOut  the first of them (see {@link io.revitalization.comparison.domain.analysis.ListedCases}), sorted
 */
public record TruthTableView(long dataVersion, CodebookRef codebook, int year, String selection, String outcome,
                             List<String> conditions, int n, List<TruthTableRow> rows, long logicalRemainders,
                             int nLeftOut, List<String> leftOut, Map<String, String> cases) {
    /** @param coverage the share of the outcome's cases that this configuration accounts for; null without any */
    public record TruthTableRow(List<Boolean> configuration, int n, List<String> caseIds,
                                List<String> caseIdsWithOutcome, double consistency, Double coverage) {
    }
}
