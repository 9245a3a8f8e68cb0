package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.analysis.Bootstrap;

import java.util.List;

/**
 * Either two groups {@code a} and {@code b}, or any number of {@code groups} (then a and b are null): see
 * {@link GroupSelection}.
 */
public record DistanceQuery(ComparisonScope scope, String dimension, Grouping groupBy, GroupSelection groups,
                            Bootstrap bootstrap) {
}
