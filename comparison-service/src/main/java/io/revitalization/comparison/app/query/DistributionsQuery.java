package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.Grouping;

import java.util.List;

/** @param groups empty for every group of the grouping */
public record DistributionsQuery(ComparisonScope scope, String dimension, Grouping groupBy, List<String> groups) {
}
