package io.revitalization.cases.app;

import io.revitalization.cases.domain.IndicatorKind;
import io.revitalization.cases.domain.IndicatorScope;
import io.revitalization.cases.domain.ParticipantRole;
import io.revitalization.cases.domain.StakeholderKind;
import io.revitalization.cases.domain.calendar.WrittenYear;
import io.revitalization.values.LocalizedText;

import java.util.List;
import java.util.Map;

/**
 * A case as a writer submits it (create, replace, import, seed), before it is checked: institutions are named by
 * id or slug, programs by code, years as written. Lists may be null (empty).
 */
public record CaseDraft(
        String slug,
        LocalizedText title,
        LocalizedText summary,
        String country,
        Region region,
        Coordinates coordinates,
        String leadInstitution,
        List<Participant> institutions,
        List<Stakeholder> stakeholders,
        List<ProgramYears> programs,
        Period period,
        List<Integer> sdgs,
        List<String> themes,
        List<Indicator> indicators,
        List<EvidenceDraft> evidence,
        List<Testimony> testimonies,
        Boolean sensitive,
        LocalizedText sensitiveReason,
        Map<String, String> provenance) {

    public record Region(LocalizedText prefecture, LocalizedText municipality) {
    }

    public record Coordinates(Double latitude, Double longitude) {
    }

    public record Participant(String institution, ParticipantRole role) {
    }

    public record Stakeholder(StakeholderKind kind, String institution, LocalizedText description) {
    }

    public record ProgramYears(String program, List<WrittenYear> years, List<String> categories) {
    }

    public record Period(WrittenYear startYear, WrittenYear endYear, Boolean ongoing) {
    }

    public record Indicator(String code, LocalizedText name, String unit, IndicatorKind kind, String program,
                            IndicatorScope scope, LocalizedText denominator, List<Observation> series,
                            List<Observation> targets, Double baseline, WrittenYear baselineYear, Double target,
                            WrittenYear targetYear, List<EvidenceDraft> evidence) {
    }

    public record Observation(WrittenYear year, Double value) {
    }

    public record Testimony(LocalizedText speaker, LocalizedText text, EvidenceDraft source, Boolean sensitive) {
    }
}
