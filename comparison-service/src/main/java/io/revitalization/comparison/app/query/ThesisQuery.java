package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.Grouping;

/**
 * @param dimension null for every dimension of the codebook version
 * @param groups    a pair (a null a or b for the default: JP and TW by country) or a list of groups
 */
public record ThesisQuery(ComparisonScope scope, String dimension, Grouping groupBy, GroupSelection groups,
                          double confidenceLevel) {
}
