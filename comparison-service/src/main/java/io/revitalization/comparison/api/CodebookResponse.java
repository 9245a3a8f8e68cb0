package io.revitalization.comparison.api;

import io.revitalization.comparison.domain.Codebook;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.values.LocalizedText;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One version of a codebook, and which version is the latest. */
public record CodebookResponse(UUID id, String slug, int version, int latestVersion, LocalizedText title,
                               List<CodebookDimension> dimensions, String createdBy, OffsetDateTime createdAt) {

    static CodebookResponse of(Codebook codebook, CodebookVersion version) {
        return new CodebookResponse(codebook.id, codebook.slug, version.version, codebook.latestVersion, version.title,
                version.dimensions, version.createdBy, version.createdAt);
    }
}
