package io.revitalization.comparison.app.coding;

import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.values.LocalizedText;

import java.util.List;

/** The content of a new codebook or codebook version. */
public record CodebookDraft(LocalizedText title, List<CodebookDimension> dimensions) {
}
