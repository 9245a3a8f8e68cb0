package io.revitalization.comparison.app.coding;

import io.revitalization.comparison.domain.Evidence;

import java.util.List;

/**
 * A coding to record: the codebook version, the unit (case, year, dimension), the codes and their support.
 * {@code coder} is null for the author itself.
 */
public record NewCoding(String codebook, int codebookVersion, String caseRef, int year, String dimension,
                        List<String> codes, String coder, Double confidence, Evidence evidence, String note) {
}
