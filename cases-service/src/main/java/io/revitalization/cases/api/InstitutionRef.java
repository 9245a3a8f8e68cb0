package io.revitalization.cases.api;

import io.revitalization.cases.domain.InstitutionKind;
import io.revitalization.values.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "InstitutionRef", description = "An institution a record refers to, with its names")
public record InstitutionRef(UUID id, String slug, InstitutionKind kind, LocalizedText name, String country,
                             boolean deleted) {
}
