package io.revitalization.comparison.app.query;

import java.util.UUID;

/** A codebook version a result was computed under. */
public record CodebookRef(UUID id, String slug, int version) {
}
