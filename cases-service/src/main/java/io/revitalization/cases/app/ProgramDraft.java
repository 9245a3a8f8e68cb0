package io.revitalization.cases.app;

import io.revitalization.cases.domain.calendar.WrittenYear;
import io.revitalization.values.LocalizedText;

import java.util.List;

/** A policy program of the registry as a writer submits it (create, replace, seed); the sponsor by id or slug. */
public record ProgramDraft(String code, LocalizedText name, String country, String sponsor, WrittenYear startYear,
                           WrittenYear endYear, List<EvidenceDraft> evidence) {
}
