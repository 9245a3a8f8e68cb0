package io.revitalization.cases.app;

import io.revitalization.cases.domain.InstitutionKind;
import io.revitalization.values.LocalizedText;

import java.util.List;
import java.util.Map;

/** An institution of the directory as a writer submits it (create, replace, seed). */
public record InstitutionDraft(String slug, InstitutionKind kind, LocalizedText name, String country,
                               LocalizedText region, List<EvidenceDraft> evidence, Map<String, String> provenance) {
}
