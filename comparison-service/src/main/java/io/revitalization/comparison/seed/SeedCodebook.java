package io.revitalization.comparison.seed;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.values.LocalizedText;

import java.util.List;

/** {@code seed/codebook.json}: the codebook drawn from the source's overview table. */
public record SeedCodebook(String id, int version, LocalizedText title, List<CodebookDimension> dimensions) {
}
