package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.values.LocalizedText;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case as one reader may see it: its content with what the reader may not see removed (named in
 * {@code withheld}), and the institutions it refers to and the names of its programs.
 */
public record CaseView(
        UUID id,
        String slug,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        boolean deleted,
        CaseContent content,
        List<String> withheld,
        Map<UUID, InstitutionView> institutions,
        Map<String, LocalizedText> programNames) {
}
