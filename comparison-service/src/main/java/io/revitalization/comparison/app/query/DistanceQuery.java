package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.Grouping;
import io.revitalization.comparison.domain.analysis.Bootstrap;

public record DistanceQuery(ComparisonScope scope, String dimension, Grouping groupBy, String a, String b,
                            Bootstrap bootstrap) {
}
