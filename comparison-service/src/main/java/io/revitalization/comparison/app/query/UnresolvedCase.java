package io.revitalization.comparison.app.query;

/**
 * A case-year the coder selection could not resolve (not coded by the selected coder, or tied codings). Results
 * count them all ({@code nUnresolved}) and list the first
 * {@link io.revitalization.comparison.domain.analysis.ListedCases#LIMIT}.
 */
public record UnresolvedCase(String group, String caseId, int year, String reason) {
}
