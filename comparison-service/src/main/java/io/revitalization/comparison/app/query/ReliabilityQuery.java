package io.revitalization.comparison.app.query;

/** @param dimension null for every dimension of the codebook version */
public record ReliabilityQuery(ComparisonScope scope, String dimension) {
}
