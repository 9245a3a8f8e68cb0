package io.revitalization.comparison.app.coding;

import java.util.UUID;

/** Which codings to list; a null field does not filter. */
public record CodingListing(UUID codebookId, Integer codebookVersion, UUID caseId, String dimension, Integer year,
                            String coder) {
}
