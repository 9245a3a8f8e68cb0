package io.revitalization.comparison.app.readmodel;

import io.revitalization.comparison.domain.Passage;
import io.revitalization.values.LocalizedText;

import java.util.List;
import java.util.UUID;

/**
 * A case as cases-service last published it, as far as comparisons need it.
 *
 * @param institutionIds the lead institution and the participants, each once
 * @param programs       each program once, and each program's parents (a case counts in a parent program's group)
 * @param sensitivePassages the passages the case's sensitive testimonies cite
 */
public record CaseUpdate(UUID id, String slug, long version, String country, UUID leadInstitutionId,
                         List<UUID> institutionIds, List<String> programs, LocalizedText title, boolean deleted,
                         boolean sensitive, List<Passage> sensitivePassages) {
}
