package io.revitalization.events;

import io.revitalization.values.LocalizedText;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Full state of a case: one university-led practice in one place. Sensitive content (a sensitive case, a
 * sensitive testimony) travels in full: consumers must withhold it from readers who may not see it, as the case
 * API does. Years are Gregorian; a {@code *Kind} beside a year says what it counts ({@code CALENDAR},
 * {@code JP_FISCAL}: April–March, {@code TW_ACADEMIC}: August–July).
 */
public record CaseV1(
        UUID id,
        String slug,
        long version,
        LocalizedText title,
        LocalizedText summary,
        String country,
        Region region,
        Coordinates coordinates,
        UUID leadInstitutionId,
        List<Participant> institutions,
        List<Stakeholder> stakeholders,
        List<ProgramParticipation> programs,
        Period period,
        List<Integer> sdgs,
        List<String> themes,
        List<Indicator> indicators,
        List<EvidenceV1> evidence,
        boolean sensitive,
        boolean deleted,
        OffsetDateTime updatedAt,
        LocalizedText sensitiveReason,
        List<Testimony> testimonies) {

    public record Region(LocalizedText prefecture, LocalizedText municipality) {
    }

    public record Coordinates(double latitude, double longitude) {
    }

    public record Participant(UUID institutionId, String role) {
    }

    public record Stakeholder(String kind, UUID institutionId, LocalizedText description) {
    }

    /**
     * @param parents the program's parent, that parent's parent and so on, nearest first (MOE-USR for
     *                MOE-USR-PHASE-2), empty for a program without one; null in events published before it was
     *                added
     */
    public record ProgramParticipation(String program, List<Integer> years, List<String> parents) {
        public ProgramParticipation(String program, List<Integer> years) {
            this(program, years, null);
        }
    }

    public record Period(Integer startYear, Integer endYear, Boolean ongoing, String startYearKind,
                         String endYearKind) {
    }

    /** {@code program} is the policy program that set the baseline and target, when one did. */
    public record Indicator(String code, LocalizedText name, String unit, String kind, List<Observation> series,
                            Double baseline, Double target, String program, Integer baselineYear,
                            Integer targetYear) {
    }

    public record Observation(int year, double value, String yearKind) {
    }

    /** Words of people; {@code sensitive} ones are for readers allowed to see sensitive content only. */
    public record Testimony(LocalizedText speaker, LocalizedText text, EvidenceV1 source, boolean sensitive) {
    }
}
