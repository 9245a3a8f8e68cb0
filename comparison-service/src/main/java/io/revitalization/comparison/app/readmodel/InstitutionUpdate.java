package io.revitalization.comparison.app.readmodel;

import io.revitalization.values.LocalizedText;

import java.util.UUID;

/** An institution as cases-service last published it. */
public record InstitutionUpdate(UUID id, String slug, long version, String country, LocalizedText name,
                                boolean deleted) {
}
