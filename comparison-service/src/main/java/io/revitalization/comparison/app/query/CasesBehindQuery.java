package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.Grouping;

/**
 * The cases behind one figure: a group's cases on a dimension in the scope's years, all of them or those carrying
 * one code.
 *
 * @param code null for every case of the group (the figure's n)
 */
public record CasesBehindQuery(ComparisonScope scope, String dimension, Grouping groupBy, String group, String code) {
}
