package io.revitalization.cases.api;

import io.revitalization.cases.api.validation.Localized;
import io.revitalization.cases.app.CaseDraft;
import io.revitalization.cases.domain.IndicatorKind;
import io.revitalization.cases.domain.IndicatorScope;
import io.revitalization.cases.domain.ParticipantRole;
import io.revitalization.cases.domain.StakeholderKind;
import io.revitalization.support.refs.Slugs;
import io.revitalization.support.text.TextLength;
import io.revitalization.values.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * A case as clients write it (create, replace, import). Institutions are named by id or slug. Lists may be
 * omitted (empty). Unknown fields are refused with a 400 naming them; ids, versions and timestamps are the
 * server's.
 */
@Schema(name = "CaseRequest", description = "A case as clients write it. Only title, country and leadInstitution are required.")
public record CaseRequest(
        @Schema(description = "Stable human id, used wherever an id is; made from title.en when omitted (required in imports)",
                examples = "kochi-ubc")
        @TextLength(max = Limits.SLUG) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single hyphens") String slug,
        @Localized(max = Limits.TITLE, required = true) LocalizedText title,
        @Localized(max = Limits.SUMMARY) LocalizedText summary,
        @Schema(description = "ISO 3166-1 alpha-2", examples = "JP") @NotNull String country,
        @Valid RegionRequest region,
        @Valid CoordinatesRequest coordinates,
        @Schema(description = "Id or slug of the lead university", examples = "kochi-university")
        @NotBlank @TextLength(max = Limits.REFERENCE) String leadInstitution,
        @Schema(description = "Institutions of the directory and their roles; the lead is added as LEAD_UNIVERSITY when missing")
        @Size(max = Limits.INSTITUTIONS) List<@NotNull @Valid ParticipantRequest> institutions,
        @Schema(description = "The university × enterprise × community triangle and other parties, in or outside the directory")
        @Size(max = Limits.STAKEHOLDERS) List<@NotNull @Valid StakeholderRequest> stakeholders,
        @Size(max = Limits.PROGRAMS) List<@NotNull @Valid ProgramYearsRequest> programs,
        @Valid PeriodRequest period,
        @Schema(description = "UN Sustainable Development Goals, 1–17, each at most once")
        @Size(max = Limits.SDGS) List<@NotNull @Min(1) @Max(17) Integer> sdgs,
        @Size(max = Limits.THEMES) List<@NotBlank @TextLength(max = Limits.THEME) String> themes,
        @Size(max = Limits.INDICATORS) List<@NotNull @Valid IndicatorRequest> indicators,
        @Size(max = Limits.EVIDENCE) List<@NotNull @Valid EvidenceRequest> evidence,
        @Size(max = Limits.TESTIMONIES) List<@NotNull @Valid TestimonyRequest> testimonies,
        @Schema(description = "Community memory or other content withheld from readers who may not see it")
        Boolean sensitive,
        @Localized(max = Limits.DESCRIPTION) LocalizedText sensitiveReason,
        @Schema(description = "Field path → what the source gives for it, what was added and why",
                examples = "{\"region.prefecture\": \"the text does not name the prefecture; the university's home prefecture\"}")
        @Size(max = Limits.PROVENANCE) Map<@NotBlank @TextLength(max = Limits.PROVENANCE_FIELD) String,
                @NotBlank @TextLength(max = Limits.PROVENANCE_NOTE) String> provenance) {

    public CaseDraft toDraft() {
        return new CaseDraft(slug, title, summary, country, Drafts.of(region, RegionRequest::toDraft),
                Drafts.of(coordinates, CoordinatesRequest::toDraft), leadInstitution,
                Drafts.of(institutions, ParticipantRequest::toDraft), Drafts.of(stakeholders, StakeholderRequest::toDraft),
                Drafts.of(programs, ProgramYearsRequest::toDraft), Drafts.of(period, PeriodRequest::toDraft), sdgs,
                themes, Drafts.of(indicators, IndicatorRequest::toDraft), Drafts.of(evidence, EvidenceRequest::toDraft),
                Drafts.of(testimonies, TestimonyRequest::toDraft), sensitive, sensitiveReason, provenance);
    }

    @Schema(name = "RegionRequest", description = "Prefecture or county/city, and municipality")
    public record RegionRequest(@Localized(max = Limits.REGION_NAME) LocalizedText prefecture,
                                @Localized(max = Limits.REGION_NAME) LocalizedText municipality) {
        CaseDraft.Region toDraft() {
            return new CaseDraft.Region(prefecture, municipality);
        }
    }

    @Schema(name = "CoordinatesRequest")
    public record CoordinatesRequest(@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
                                     @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {
        CaseDraft.Coordinates toDraft() {
            return new CaseDraft.Coordinates(latitude, longitude);
        }
    }

    @Schema(name = "ParticipantRequest")
    public record ParticipantRequest(
            @Schema(description = "Id or slug of a directory institution") @NotBlank @TextLength(max = Limits.REFERENCE) String institution,
            @NotNull ParticipantRole role) {
        CaseDraft.Participant toDraft() {
            return new CaseDraft.Participant(institution, role);
        }
    }

    @Schema(name = "StakeholderRequest")
    public record StakeholderRequest(
            @NotNull StakeholderKind kind,
            @Schema(description = "Id or slug, when the stakeholder is in the directory") @TextLength(max = Limits.REFERENCE) String institution,
            @Localized(max = Limits.DESCRIPTION) LocalizedText description) {
        CaseDraft.Stakeholder toDraft() {
            return new CaseDraft.Stakeholder(kind, institution, description);
        }
    }

    @Schema(name = "ProgramYearsRequest")
    public record ProgramYearsRequest(
            @Schema(description = "Code of a program of the registry", examples = "MOE-USR-PHASE-2") @NotBlank @TextLength(max = Limits.CODE) String program,
            @Schema(description = "Years the case ran under the program; null when not known")
            @Size(max = Limits.PROGRAM_YEARS) List<@NotNull YearInput> years,
            @Schema(description = "Codes of the program's categories the case belongs to (a USR project type, track or hub)",
                    examples = "[\"deep-cultivation\"]")
            @Size(max = Limits.CATEGORIES) List<@NotBlank @TextLength(max = Limits.CODE) String> categories) {
        CaseDraft.ProgramYears toDraft() {
            return new CaseDraft.ProgramYears(program, Drafts.of(years, YearInput::toYear), categories);
        }
    }

    @Schema(name = "PeriodRequest")
    public record PeriodRequest(YearInput startYear, YearInput endYear,
                                @Schema(description = "null when not known") Boolean ongoing) {
        CaseDraft.Period toDraft() {
            return new CaseDraft.Period(Drafts.of(startYear, YearInput::toYear), Drafts.of(endYear, YearInput::toYear),
                    ongoing);
        }
    }

    @Schema(name = "IndicatorRequest")
    public record IndicatorRequest(
            @NotBlank @TextLength(max = Limits.CODE) @Pattern(regexp = Limits.CODE_PATTERN, message = "must be letters, digits, '.', '_' and '-'") String code,
            @Localized(max = Limits.NAME, required = true) LocalizedText name,
            @Schema(examples = "percent") @TextLength(max = Limits.UNIT) String unit,
            @Schema(description = "Relationship-population kinds follow MLIT's visiting and non-visiting kinds; OTHER when omitted")
            IndicatorKind kind,
            @Schema(description = "The program that set the baseline and target, if one did") @TextLength(max = Limits.CODE) String program,
            @Schema(description = "Whose figure it is (a consortium's, a prefecture's…); null when the source does not say")
            IndicatorScope scope,
            @Schema(description = "What a rate or share is out of (e.g. graduates of the consortium's universities)")
            @Localized(max = Limits.DESCRIPTION) LocalizedText denominator,
            @Schema(description = "Actual values by year")
            @Size(max = Limits.SERIES) List<@NotNull @Valid ObservationRequest> series,
            @Schema(description = "Target values by year (a COC+ plan sets one per fiscal year)")
            @Size(max = Limits.SERIES) List<@NotNull @Valid ObservationRequest> targets,
            Double baseline, YearInput baselineYear,
            @Schema(description = "The final target") Double target, YearInput targetYear,
            @Size(max = Limits.EVIDENCE) List<@NotNull @Valid EvidenceRequest> evidence) {
        CaseDraft.Indicator toDraft() {
            return new CaseDraft.Indicator(code, name, unit, kind, program, scope, denominator,
                    Drafts.of(series, ObservationRequest::toDraft), Drafts.of(targets, ObservationRequest::toDraft),
                    baseline, Drafts.of(baselineYear, YearInput::toYear), target, Drafts.of(targetYear, YearInput::toYear),
                    Drafts.of(evidence, EvidenceRequest::toDraft));
        }
    }

    @Schema(name = "ObservationRequest")
    public record ObservationRequest(@NotNull YearInput year, @NotNull Double value) {
        CaseDraft.Observation toDraft() {
            return new CaseDraft.Observation(Drafts.of(year, YearInput::toYear), value);
        }
    }

    @Schema(name = "TestimonyRequest", description = "Words of people; sensitive ones are withheld from readers who may not see them")
    public record TestimonyRequest(
            @Localized(max = Limits.NAME) LocalizedText speaker,
            @Localized(max = Limits.QUOTE, required = true) LocalizedText text,
            @Valid EvidenceRequest source,
            Boolean sensitive) {
        CaseDraft.Testimony toDraft() {
            return new CaseDraft.Testimony(speaker, text, Drafts.of(source, EvidenceRequest::toDraft), sensitive);
        }
    }
}
