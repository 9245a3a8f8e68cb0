package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.Grouping;

/**
 * @param dimension null for every dimension of the codebook version
 * @param a         null for the default: JP by country
 * @param b         null for the default: TW by country
 */
public record ThesisQuery(ComparisonScope scope, String dimension, Grouping groupBy, String a, String b,
                          double confidenceLevel) {
}
