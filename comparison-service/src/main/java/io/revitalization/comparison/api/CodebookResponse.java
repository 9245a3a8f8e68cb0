package io.revitalization.comparison.api;

import io.revitalization.comparison.domain.Codebook;
import io.revitalization.comparison.domain.CodebookDimension;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.values.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One version of a codebook, and which version is the latest. */
public record CodebookResponse(UUID id, String slug, int version, int latestVersion, LocalizedText title,
                               List<CodebookDimension> dimensions,
                               @Schema(description = "the author: its API key's label (null for versions added "
                                       + "before authors were named)") String createdBy,
                               @Schema(description = "the author's institution, if its key has one")
                               UUID createdByInstitution,
                               @Schema(description = "the author's API key id; for admins only (null for others)")
                               String createdByKey,
                               OffsetDateTime createdAt) {

    /** @param admin whether the reader is an admin, who may see the author's key id */
    static CodebookResponse of(Codebook codebook, CodebookVersion version, boolean admin) {
        return new CodebookResponse(codebook.id, codebook.slug, version.version, codebook.latestVersion, version.title,
                version.dimensions, version.createdByName, version.createdByInstitution,
                admin ? version.createdBy : null, version.createdAt);
    }
}
