package io.revitalization.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Full state of a case: one university-led practice in one place. */
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
        OffsetDateTime updatedAt) {

    public record Region(LocalizedText prefecture, LocalizedText municipality) {
    }

    public record Coordinates(double latitude, double longitude) {
    }

    public record Participant(UUID institutionId, String role) {
    }

    public record Stakeholder(String kind, UUID institutionId, LocalizedText description) {
    }

    public record ProgramParticipation(String program, List<Integer> years) {
    }

    public record Period(Integer startYear, Integer endYear, Boolean ongoing) {
    }

    public record Indicator(String code, LocalizedText name, String unit, String kind, List<Observation> series,
                            Double baseline, Double target) {
    }

    public record Observation(int year, double value) {
    }
}
