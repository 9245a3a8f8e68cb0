package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.Grouping;

import java.util.List;

/** @param groups empty for every group of the grouping */
public record OverviewQuery(ComparisonScope scope, Grouping groupBy, List<String> groups) {
}
