package io.revitalization.cases.service;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.Program;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case as one reader may see it: its content with what the reader may not see removed (named in
 * {@code withheld}), and the institutions and programs it refers to, for names.
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
        Map<UUID, Institution> institutions,
        Map<String, Program> programs) {
}
