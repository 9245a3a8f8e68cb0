package io.revitalization.comparison.app.coding;

import io.revitalization.comparison.domain.CaseProjection;
import io.revitalization.comparison.domain.Codebook;
import io.revitalization.comparison.domain.CodebookVersion;
import io.revitalization.support.refs.Reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The lookups of one import chunk: the chunk's cases read in one query beforehand, each codebook and version read
 * once however many records name it. Answers as the lookups of a single coding would within the chunk's
 * transaction (which holds the data version's lock, so nothing it read changes meanwhile).
 */
final class ChunkLookups implements CodingLookups {
    private final CodingLookups direct;
    private final Map<UUID, CaseProjection> casesById = new HashMap<>();
    private final Map<String, CaseProjection> casesBySlug = new HashMap<>();
    private final Map<String, Optional<Codebook>> codebooks = new HashMap<>();
    private final Map<VersionKey, Optional<CodebookVersion>> versions = new HashMap<>();

    private record VersionKey(UUID codebookId, int version) {
    }

    /** @param cases every case the chunk's records can name (more is harmless) */
    ChunkLookups(CodingLookups direct, Collection<CaseProjection> cases) {
        this.direct = direct;
        cases.forEach(found -> {
            casesById.put(found.id, found);
            if (found.slug != null) {
                casesBySlug.put(found.slug, found);
            }
        });
    }

    @Override
    public Optional<Codebook> codebook(String idOrSlug) {
        return codebooks.computeIfAbsent(idOrSlug, direct::codebook);
    }

    @Override
    public Optional<CodebookVersion> version(UUID codebookId, int version) {
        return versions.computeIfAbsent(new VersionKey(codebookId, version),
                key -> direct.version(key.codebookId(), key.version()));
    }

    @Override
    public Optional<CaseProjection> liveCase(String idOrSlug) {
        return Reference.find(idOrSlug, lookIn(casesById), lookIn(casesBySlug)).filter(found -> !found.deleted);
    }

    private static <K> Function<K, Optional<CaseProjection>> lookIn(Map<K, CaseProjection> cases) {
        return key -> Optional.ofNullable(cases.get(key));
    }
}
