package io.revitalization.cases.events;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.CaseRecord;
import io.revitalization.cases.domain.IndicatorKind;
import io.revitalization.cases.domain.ParticipantRole;
import io.revitalization.cases.domain.StakeholderKind;
import io.revitalization.cases.domain.calendar.TypedYear;
import io.revitalization.cases.domain.calendar.YearKind;
import io.revitalization.events.CaseV1;
import io.revitalization.events.EventJson;
import io.revitalization.values.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CaseEventMapperTest {

    @Test
    void theEventCarriesTheWholeCaseAndSurvivesItsJson() {
        UUID lead = UUID.randomUUID();
        CaseRecord record = new CaseRecord();
        record.id = UUID.randomUUID();
        record.slug = "kochi-planner-certification";
        record.version = 3;
        record.updatedAt = OffsetDateTime.parse("2025-04-01T09:00:00+09:00");
        CaseContent content = new CaseContent(LocalizedText.of("地方創生規畫師", "地方創生プランナー", "Planner"),
                null, "JP", new CaseContent.Region(LocalizedText.of("高知縣", "高知県", "Kochi Prefecture"), null),
                new CaseContent.Coordinates(33.55, 133.53), lead,
                List.of(new CaseContent.Participant(lead, ParticipantRole.LEAD_UNIVERSITY)),
                List.of(new CaseContent.Stakeholder(StakeholderKind.ENTERPRISE, null, LocalizedText.of(null, null, "firms"))),
                List.of(new CaseContent.ProgramYears("MEXT-COC-PLUS", List.of(new TypedYear(2015, YearKind.JP_FISCAL)), List.of())),
                new CaseContent.Period(new TypedYear(2015, YearKind.JP_FISCAL), null, true), List.of(4, 8),
                List.of("talent-development"),
                List.of(new CaseContent.Indicator("local-employment", LocalizedText.of(null, "地元就職率", null), "percent",
                        IndicatorKind.LOCAL_EMPLOYMENT_RATE, "MEXT-COC-PLUS", null, null,
                        List.of(new CaseContent.Observation(new TypedYear(2016, YearKind.JP_FISCAL), 41.5)), List.of(),
                        40.0, new TypedYear(2015, YearKind.JP_FISCAL), 50.0, new TypedYear(2019, YearKind.JP_FISCAL),
                        List.of())),
                List.of(new CaseContent.Evidence("seed", "II.B ¶2", "quote", null, "summary")),
                List.of(new CaseContent.Testimony(null, LocalizedText.of(null, null, "words"), null, true)), false, null, Map.of());

        CaseV1 event = EventJson.read(EventJson.write(CaseEventMapper.toEvent(record, content,
                Map.of("MEXT-COC-PLUS", List.of("MEXT-COC")))), CaseV1.class);

        assertThat(event.id()).isEqualTo(record.id);
        assertThat(event.version()).isEqualTo(3);
        assertThat(event.region().prefecture().ja()).isEqualTo("高知県");
        assertThat(event.institutions()).containsExactly(new CaseV1.Participant(lead, "LEAD_UNIVERSITY"));
        assertThat(event.programs()).containsExactly(new CaseV1.ProgramParticipation("MEXT-COC-PLUS", List.of(2015),
                List.of("MEXT-COC")));
        assertThat(event.period()).isEqualTo(new CaseV1.Period(2015, null, true, "JP_FISCAL", null));
        assertThat(event.indicators().get(0)).isEqualTo(new CaseV1.Indicator("local-employment",
                LocalizedText.of(null, "地元就職率", null), "percent", "LOCAL_EMPLOYMENT_RATE",
                List.of(new CaseV1.Observation(2016, 41.5, "JP_FISCAL")), 40.0, 50.0, "MEXT-COC-PLUS", 2015, 2019));
        assertThat(event.evidence().get(0).locator()).isEqualTo("II.B ¶2");
        assertThat(event.testimonies()).extracting(CaseV1.Testimony::sensitive).containsExactly(true);
        assertThat(event.updatedAt()).isAtSameInstantAs(record.updatedAt);
    }

    @Test
    void anEventOfTheFirstShapeStillReads() {
        String firstShape = """
                {"id": "6f1c1a52-8f65-4c1e-9a43-0d8c3f2f7a10", "slug": "old", "version": 1, "title": {"en": "Old"},
                 "period": {"startYear": 2021, "endYear": null, "ongoing": true},
                 "programs": [{"program": "MOE-USR-PHASE-2", "years": [2019]}],
                 "indicators": [{"code": "x", "series": [{"year": 2021, "value": 1.0}], "baseline": null, "target": 2.0}],
                 "sensitive": false, "deleted": false}""";

        CaseV1 event = EventJson.read(firstShape, CaseV1.class);

        assertThat(event.period().startYear()).isEqualTo(2021);
        assertThat(event.period().startYearKind()).isNull();
        assertThat(event.indicators().get(0).series().get(0).year()).isEqualTo(2021);
        assertThat(event.testimonies()).isNull();
        assertThat(event.programs()).as("programs named no parents before they were added")
                .containsExactly(new CaseV1.ProgramParticipation("MOE-USR-PHASE-2", List.of(2019), null));
    }
}
