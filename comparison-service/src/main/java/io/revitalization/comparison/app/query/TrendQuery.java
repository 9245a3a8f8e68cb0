package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.Grouping;

/** @param gap null for the default: Jensen–Shannon distance */
public record TrendQuery(ComparisonScope scope, String dimension, Grouping groupBy, GroupSelection groups, Gap gap,
                         double confidenceLevel) {
    /** Which yearly figure measures the gap between two groups. */
    public enum Gap { JSD, MEAN }
}
