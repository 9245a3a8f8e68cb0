package io.revitalization.cases.api;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.IndicatorKind;
import io.revitalization.cases.domain.IndicatorScope;
import io.revitalization.cases.domain.ParticipantRole;
import io.revitalization.cases.domain.StakeholderKind;
import io.revitalization.cases.domain.calendar.DisplayYear;
import io.revitalization.values.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case as the API shows it. Years are numbers (Gregorian, named after the year they start in) with a display
 * object giving them in the Gregorian, ROC and Japanese-era calendars and saying what they count.
 */
@Schema(name = "Case")
public record CaseResponse(
        UUID id,
        String slug,
        @Schema(description = "Also the ETag") long version,
        LocalizedText title,
        LocalizedText summary,
        String country,
        CaseContent.Region region,
        CaseContent.Coordinates coordinates,
        InstitutionRef leadInstitution,
        List<Participant> institutions,
        List<Stakeholder> stakeholders,
        List<ProgramYears> programs,
        Period period,
        List<Integer> sdgs,
        List<String> themes,
        List<Indicator> indicators,
        List<CaseContent.Evidence> evidence,
        List<CaseContent.Testimony> testimonies,
        boolean sensitive,
        LocalizedText sensitiveReason,
        @Schema(description = "Field path → what the source gives for it, what was added and why")
        Map<String, String> provenance,
        @Schema(description = "Fields (or items) withheld from this reader because they are sensitive")
        List<String> withheld,
        boolean deleted,
        Display display,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @Schema(name = "CaseParticipant")
    public record Participant(InstitutionRef institution, ParticipantRole role) {
    }

    @Schema(name = "CaseStakeholder")
    public record Stakeholder(StakeholderKind kind, InstitutionRef institution, LocalizedText description) {
    }

    @Schema(name = "CaseProgramYears")
    public record ProgramYears(String program, LocalizedText name, List<Integer> years, List<DisplayYear> display,
                               @Schema(description = "Codes of the program's categories the case belongs to")
                               List<String> categories) {
    }

    @Schema(name = "CasePeriod")
    public record Period(Integer startYear, Integer endYear, Boolean ongoing, DisplayYear start, DisplayYear end) {
    }

    @Schema(name = "CaseIndicator")
    public record Indicator(String code, LocalizedText name, String unit, IndicatorKind kind, String program,
                            IndicatorScope scope, LocalizedText denominator,
                            @Schema(description = "Actual values by year") List<Observation> series,
                            @Schema(description = "Target values by year") List<Observation> targets,
                            Double baseline, Integer baselineYear,
                            @Schema(description = "baselineYear in every calendar, and what it counts") DisplayYear baselineYearDisplay,
                            Double target, Integer targetYear,
                            @Schema(description = "targetYear in every calendar, and what it counts") DisplayYear targetYearDisplay,
                            List<CaseContent.Evidence> evidence) {
    }

    @Schema(name = "CaseObservation")
    public record Observation(int year, double value, DisplayYear display) {
    }

    @Schema(name = "CaseDisplay", description = "Texts in the language Accept-Language picked (fallback en, zh-TW, ja); "
            + "years in that language's calendar (ja: Japanese era, zh-TW: ROC, en: Gregorian)")
    public record Display(String language, String title, String leadInstitution, String startYear, String endYear) {
    }
}
