package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.Grouping;

import java.util.List;

/** @param groups empty for the default: JP and TW by country, every group of another grouping */
public record TableQuery(ComparisonScope scope, Grouping groupBy, List<String> groups) {
}
