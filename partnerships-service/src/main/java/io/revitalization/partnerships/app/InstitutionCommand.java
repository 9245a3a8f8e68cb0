package io.revitalization.partnerships.app;

import io.revitalization.values.LocalizedText;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An institution's full state as cases-service announced it, with the version it gave that state. */
public record InstitutionCommand(UUID id, String slug, long version, String kind, LocalizedText name, String country,
                                 boolean deleted, OffsetDateTime updatedAt) {
}
