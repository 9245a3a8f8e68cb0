package io.revitalization.cases.app;

import io.revitalization.cases.domain.ProgramCategory;
import io.revitalization.cases.domain.calendar.WrittenYear;
import io.revitalization.values.LocalizedText;

import java.util.List;
import java.util.Map;

/**
 * A policy program of the registry as a writer submits it (create, replace, seed); the sponsor by id or slug,
 * parent and successor by code.
 */
public record ProgramDraft(String code, LocalizedText name, String country, String sponsor, WrittenYear startYear,
                           WrittenYear endYear, String parent, String successor, List<ProgramCategory> categories,
                           List<EvidenceDraft> evidence, Map<String, String> provenance) {
}
