package io.revitalization.comparison.app.coding;

import io.revitalization.comparison.domain.CaseProjection;
import io.revitalization.comparison.domain.Codebook;
import io.revitalization.comparison.domain.CodebookVersion;

import java.util.Optional;
import java.util.UUID;

/** What preparing a coding looks up: a codebook by id or slug, one of its versions, a live case by id or slug. */
interface CodingLookups {
    Optional<Codebook> codebook(String idOrSlug);

    Optional<CodebookVersion> version(UUID codebookId, int version);

    Optional<CaseProjection> liveCase(String idOrSlug);
}
