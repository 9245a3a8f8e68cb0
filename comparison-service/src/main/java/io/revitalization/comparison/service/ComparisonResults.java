package io.revitalization.comparison.service;

import io.revitalization.comparison.analysis.Distribution;
import io.revitalization.comparison.analysis.GroupDistance;
import io.revitalization.comparison.analysis.KrippendorffAlpha;
import io.revitalization.comparison.analysis.OverviewTable;
import io.revitalization.comparison.analysis.PercentAgreement;
import io.revitalization.comparison.analysis.Trend;
import io.revitalization.comparison.analysis.YearRange;
import io.revitalization.comparison.domain.Scale;
import io.revitalization.values.LocalizedText;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answers of the comparison endpoints. Every figure comes with the n and the case ids behind it; {@code cases}
 * maps those ids to the cases' slugs where they have one.
 */
public final class ComparisonResults {
    private ComparisonResults() {
    }

    public record CodebookRef(UUID id, String slug, int version) {
    }

    public record CodeLegend(String id, LocalizedText label, String displayLabel, Integer order) {
    }

    public record DimensionLegend(String id, LocalizedText label, String displayLabel, Scale scale,
                                  boolean multiValued, List<CodeLegend> codes) {
    }

    public record GroupLabel(String key, String label) {
    }

    /** @param insufficient the year has fewer cases than {@code minimumCasesPerGroup} */
    public record YearDistribution(int year, boolean insufficient, Distribution distribution) {
    }

    public record GroupDistributions(GroupLabel group, List<YearDistribution> years) {
    }

    public record Distributions(long dataVersion, CodebookRef codebook, DimensionLegend dimension, String groupBy,
                                String selection, YearRange years, int minimumCasesPerGroup,
                                List<GroupDistributions> groups, Map<String, String> cases) {
    }

    public record BootstrapSettings(int replicates, double confidenceLevel, long seed) {
    }

    /**
     * A case-year the coder selection could not resolve (not coded by the selected coder, or tied codings). Results
     * count them all ({@code nUnresolved}) and list the first
     * {@link io.revitalization.comparison.analysis.ListedCases#LIMIT}.
     */
    public record Unresolved(String group, String caseId, int year, String reason) {
    }

    public record Distance(long dataVersion, CodebookRef codebook, DimensionLegend dimension, String groupBy,
                           String selection, YearRange years, int minimumCasesPerGroup, BootstrapSettings bootstrap,
                           GroupLabel a, GroupLabel b, List<GroupDistance> byYear, int nUnresolved,
                           List<Unresolved> unresolved, Map<String, String> cases) {
    }

    /** @param gap null when the year is insufficient or a group has no case */
    public record TrendYear(int year, int nA, int nB, List<String> caseIdsA, List<String> caseIdsB,
                            boolean insufficient, Double gap) {
    }

    public record TrendResult(long dataVersion, CodebookRef codebook, DimensionLegend dimension, String groupBy,
                              String selection, YearRange years, int minimumCasesPerGroup, GroupLabel a, GroupLabel b,
                              String gap, List<TrendYear> byYear, Trend trend, Map<String, String> cases) {
    }

    public record Overview(long dataVersion, CodebookRef codebook, String groupBy, String selection, YearRange years,
                           List<GroupLabel> groups, List<DimensionLegend> dimensions, List<OverviewTable.Cell> cells,
                           int nUnresolved, List<Unresolved> unresolved, Map<String, String> cases) {
    }

    /** @param ordinal null unless the dimension is ordinal */
    public record DimensionReliability(DimensionLegend dimension, int codings, KrippendorffAlpha.Result nominal,
                                       KrippendorffAlpha.Result ordinal, PercentAgreement.Result percentAgreement) {
    }

    public record Reliability(long dataVersion, CodebookRef codebook, YearRange years,
                              List<DimensionReliability> dimensions) {
    }

    /** @param coverage the share of the outcome's cases that this configuration accounts for; null without any */
    public record TruthTableRow(List<Boolean> configuration, int n, List<String> caseIds,
                                List<String> caseIdsWithOutcome, double consistency, Double coverage) {
    }

    /**
     * @param nLeftOut the number of cases coded on some but not all of the outcome's and conditions' dimensions that
     *                 year
     * @param leftOut  the first of them (see {@link io.revitalization.comparison.analysis.ListedCases}), sorted
     */
    public record TruthTableResult(long dataVersion, CodebookRef codebook, int year, String selection, String outcome,
                                   List<String> conditions, int n, List<TruthTableRow> rows, long logicalRemainders,
                                   int nLeftOut, List<String> leftOut, Map<String, String> cases) {
    }

    public record Summary(long dataVersion, long cases, Map<String, Long> casesByCountry,
                          List<CodebookRef> codebooks) {
    }

    /** A case behind a figure; the slug is null for cases that have none. */
    public record CaseBehind(String id, String slug) {
    }
}
