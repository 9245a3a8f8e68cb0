package io.revitalization.comparison.app.query;

import io.revitalization.comparison.domain.Grouping;

import java.util.List;

/**
 * A crisp-set truth table in one year: a case is in a condition (or the outcome) when it carries the code.
 *
 * @param outcome    {@code dimension:code}
 * @param conditions {@code dimension:code} each
 * @param groups     cases of these groups only; every coded live case when empty
 */
public record TruthTableQuery(ComparisonScope scope, String outcome, List<String> conditions, Grouping groupBy,
                              List<String> groups) {
}
