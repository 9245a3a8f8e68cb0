package io.revitalization.comparison.service;

import io.revitalization.comparison.analysis.Bootstrap;
import io.revitalization.comparison.analysis.CoderSelection;
import io.revitalization.comparison.analysis.YearRange;
import io.revitalization.comparison.domain.Grouping;

import java.util.List;

/** The questions the comparison endpoints answer, as validated by the resources. */
public final class ComparisonQueries {
    private ComparisonQueries() {
    }

    /**
     * What every comparison is computed over.
     *
     * @param codebook        id or slug; null when only one codebook exists
     * @param codebookVersion null for the codebook's latest version
     * @param minCases        the fewest cases per group and year for a figure to support a claim
     * @param languages       the caller's preferred languages for display labels, best first
     */
    public record Scope(String codebook, Integer codebookVersion, CoderSelection selection, YearRange years,
                        int minCases, List<String> languages) {
    }

    public record Distributions(Scope scope, String dimension, Grouping groupBy, List<String> groups) {
    }

    public record Distance(Scope scope, String dimension, Grouping groupBy, String a, String b, Bootstrap bootstrap) {
    }

    /** Which yearly figure measures the gap between two groups. */
    public enum Gap { JSD, MEAN }

    /** @param gap null for the default: Jensen–Shannon distance */
    public record Trend(Scope scope, String dimension, Grouping groupBy, String a, String b, Gap gap,
                        double confidenceLevel) {
    }

    /** @param groups empty for every group of the grouping */
    public record Overview(Scope scope, Grouping groupBy, List<String> groups) {
    }

    /** @param dimension null for every dimension of the codebook version */
    public record Reliability(Scope scope, String dimension) {
    }

    /**
     * A crisp-set truth table in one year: a case is in a condition (or the outcome) when it carries the code.
     *
     * @param outcome    {@code dimension:code}
     * @param conditions {@code dimension:code} each
     * @param groups     cases of these groups only; every coded live case when empty
     */
    public record TruthTable(Scope scope, String outcome, List<String> conditions, Grouping groupBy,
                             List<String> groups) {
    }

    /**
     * The cases behind one figure: a group's cases on a dimension in the scope's years, all of them or those carrying
     * one code.
     *
     * @param code null for every case of the group (the figure's n)
     */
    public record CasesBehind(Scope scope, String dimension, Grouping groupBy, String group, String code) {
    }
}
