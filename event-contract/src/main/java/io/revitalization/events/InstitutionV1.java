package io.revitalization.events;

import io.revitalization.values.LocalizedText;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Full state of an institution (university, local government, company, school, community organization, NPO…). */
public record InstitutionV1(
        UUID id,
        String slug,
        long version,
        String kind,
        LocalizedText name,
        String country,
        LocalizedText region,
        boolean deleted,
        OffsetDateTime updatedAt) {
}
