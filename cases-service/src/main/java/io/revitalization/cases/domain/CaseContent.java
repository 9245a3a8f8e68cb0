package io.revitalization.cases.domain;

import io.revitalization.cases.domain.calendar.TypedYear;
import io.revitalization.values.LocalizedText;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Everything a case says, validated and with its references resolved: the JSON document stored for each case
 * and each of its revisions. Identity, version and timestamps live beside it, in {@link CaseRecord}.
 */
public record CaseContent(
        LocalizedText title,
        LocalizedText summary,
        String country,
        Region region,
        Coordinates coordinates,
        UUID leadInstitutionId,
        List<Participant> institutions,
        List<Stakeholder> stakeholders,
        List<ProgramYears> programs,
        Period period,
        List<Integer> sdgs,
        List<String> themes,
        List<Indicator> indicators,
        List<Evidence> evidence,
        List<Testimony> testimonies,
        boolean sensitive,
        LocalizedText sensitiveReason,
        Map<String, String> provenance) {

    public CaseContent {
        institutions = List.copyOf(institutions);
        stakeholders = List.copyOf(stakeholders);
        programs = List.copyOf(programs);
        sdgs = List.copyOf(sdgs);
        themes = List.copyOf(themes);
        indicators = List.copyOf(indicators);
        evidence = List.copyOf(evidence);
        testimonies = List.copyOf(testimonies);
        provenance = provenance == null ? Map.of() : provenance;
    }

    /** Every institution the case names: participants and stakeholders. */
    public Stream<UUID> institutionIds() {
        return Stream.concat(institutions.stream().map(Participant::institutionId),
                stakeholders.stream().map(Stakeholder::institutionId).filter(id -> id != null)).distinct();
    }

    public Optional<Integer> startYear() {
        return Optional.ofNullable(period).map(Period::start).map(TypedYear::year);
    }

    public Optional<Integer> endYear() {
        return Optional.ofNullable(period).map(Period::end).map(TypedYear::year);
    }

    public record Region(LocalizedText prefecture, LocalizedText municipality) {
        public Stream<LocalizedText> names() {
            return Stream.of(prefecture, municipality).filter(name -> name != null);
        }
    }

    public record Coordinates(double latitude, double longitude) {
    }

    public record Participant(UUID institutionId, ParticipantRole role) {
    }

    public record Stakeholder(StakeholderKind kind, UUID institutionId, LocalizedText description) {
    }

    /**
     * A policy program of the registry, the years the case ran under it ({@code null}: not known) and the
     * program's categories it belongs to ({@code null} in documents stored before categories were kept).
     */
    public record ProgramYears(String program, List<TypedYear> years, List<String> categories) {
    }

    /** {@code ongoing} is {@code null} when the source does not say. */
    public record Period(TypedYear start, TypedYear end, Boolean ongoing) {
    }

    /**
     * A time series of actuals ({@code series}) beside yearly targets; {@code program} names the policy program
     * that set the baseline and targets, when one did (such as a COC+ local-employment-rate target). {@code scope}
     * and {@code denominator} are {@code null} when the source does not say; {@code targets} is {@code null} in
     * documents stored before yearly targets were kept.
     */
    public record Indicator(String code, LocalizedText name, String unit, IndicatorKind kind, String program,
                            IndicatorScope scope, LocalizedText denominator, List<Observation> series,
                            List<Observation> targets, Double baseline, TypedYear baselineYear, Double target,
                            TypedYear targetYear, List<Evidence> evidence) {
    }

    public record Observation(TypedYear year, double value) {
    }

    /** Where a claim comes from; {@code supports} names the claim (e.g. {@code "summary, region"}). */
    public record Evidence(String source, String locator, String quote, String url, String supports) {
    }

    /** Words of people; a sensitive testimony is shown only to those who may read sensitive content. */
    public record Testimony(LocalizedText speaker, LocalizedText text, Evidence source, boolean sensitive) {
    }
}
