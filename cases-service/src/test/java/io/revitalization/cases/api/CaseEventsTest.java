package io.revitalization.cases.api;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.cases.seed.CasesSeedLoader;
import io.revitalization.cases.testing.Api;
import io.revitalization.events.CaseV1;
import io.revitalization.events.EventJson;
import io.revitalization.events.InstitutionV1;
import io.revitalization.events.Topics;
import io.revitalization.testsupport.KafkaTestClient;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.revitalization.cases.testing.Api.caseWith;
import static io.revitalization.cases.testing.Api.minimalCase;
import static io.revitalization.cases.testing.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CaseEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final KafkaTestClient kafka =
            new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void aCreatedCaseReachesKafkaWithItsFullStateAndVersion() {
        UUID lead = Api.university("TW");
        String slug = unique("event-case");
        String id = Api.create(caseWith(lead, Map.of("slug", slug, "sdgs", List.of(12),
                "title", Map.of("zh-TW", "菱角殼生物炭", "en", "Water-caltrop biochar"),
                "period", Map.of("startYear", "平成27年度"))));

        ConsumerRecord<String, String> record = awaitCaseEvent(id, "case.created.v1", 1);

        assertThat(record.key()).isEqualTo(id);
        Map<String, String> cloudEvent = KafkaTestClient.cloudEventHeaders(record);
        assertThat(cloudEvent).containsEntry("ce_type", "case.created.v1").containsEntry("ce_source", "/cases-service")
                .containsEntry("ce_subject", slug).containsKey("ce_id").containsKey("ce_time");
        CaseV1 event = EventJson.read(record.value(), CaseV1.class);
        assertThat(event.slug()).isEqualTo(slug);
        assertThat(event.title().zhTw()).isEqualTo("菱角殼生物炭");
        assertThat(event.leadInstitutionId()).isEqualTo(lead);
        assertThat(event.institutions()).containsExactly(new CaseV1.Participant(lead, "LEAD_UNIVERSITY"));
        assertThat(event.sdgs()).containsExactly(12);
        assertThat(event.period().startYear()).isEqualTo(2015);
        assertThat(event.period().startYearKind()).isEqualTo("JP_FISCAL");
        assertThat(event.deleted()).isFalse();
        assertThat(event.updatedAt()).isNotNull();
    }

    @Inject
    CasesSeedLoader seed;

    @Test
    void aCasesProgramsComeWithTheirParents() {
        seed.load();
        UUID lead = Api.university("TW");
        String id = Api.create(caseWith(lead, Map.of("slug", unique("usr-phase-case"),
                "programs", List.of(Map.of("program", "MOE-USR-PHASE-2", "years", List.of(2020))))));

        CaseV1 event = EventJson.read(awaitCaseEvent(id, "case.created.v1", 1).value(), CaseV1.class);

        assertThat(event.programs()).containsExactly(
                new CaseV1.ProgramParticipation("MOE-USR-PHASE-2", List.of(2020), List.of("MOE-USR")));
    }

    @Test
    void updatesAndDeletionsCarryTheNewStateAndTheNextVersion() {
        UUID lead = Api.university("JP");
        String id = Api.create(minimalCase(lead, "Before"));
        Api.curator().body(minimalCase(lead, "After")).put("/api/v1/cases/" + id).then().statusCode(200);
        Api.curator().delete("/api/v1/cases/" + id).then().statusCode(204);

        CaseV1 updated = EventJson.read(awaitCaseEvent(id, "case.updated.v1", 2).value(), CaseV1.class);
        CaseV1 deleted = EventJson.read(awaitCaseEvent(id, "case.deleted.v1", 3).value(), CaseV1.class);

        assertThat(updated.title().en()).isEqualTo("After");
        assertThat(updated.deleted()).isFalse();
        assertThat(deleted.title().en()).isEqualTo("After");
        assertThat(deleted.deleted()).isTrue();
    }

    @Test
    void importedCasesReachKafkaAsCreatedCasesKeyedByTheirIds() {
        UUID lead = Api.university("TW");
        List<String> slugs = List.of(unique("imported-event"), unique("imported-event"));
        List<Map<String, Object>> bodies = slugs.stream().map(slug -> {
            Map<String, Object> body = new LinkedHashMap<>(minimalCase(lead, "Imported " + slug));
            body.put("slug", slug);
            return body;
        }).toList();
        Api.curator().body(bodies).post("/api/v1/cases/import").then().statusCode(200).body("created", equalTo(2));

        for (String slug : slugs) {
            ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.CASES,
                    r -> KafkaTestClient.header(r, "ce_subject").orElse("").equals(slug), WAIT);

            assertThat(KafkaTestClient.cloudEventHeaders(record)).containsEntry("ce_type", "case.created.v1")
                    .containsEntry("ce_source", "/cases-service");
            CaseV1 event = EventJson.read(record.value(), CaseV1.class);
            assertThat(record.key()).isEqualTo(event.id().toString());
            assertThat(event.slug()).isEqualTo(slug);
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.title().en()).isEqualTo("Imported " + slug);
        }
    }

    @Test
    void institutionsArePublishedWithTheirVersion() {
        UUID institution = Api.institution("LOCAL_GOVERNMENT", "JP");

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.INSTITUTIONS,
                r -> r.key().equals(institution.toString()), WAIT);

        assertThat(KafkaTestClient.cloudEventHeaders(record)).containsEntry("ce_type", "institution.created.v1");
        InstitutionV1 event = EventJson.read(record.value(), InstitutionV1.class);
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.kind()).isEqualTo("LOCAL_GOVERNMENT");
        assertThat(event.country()).isEqualTo("JP");
        assertThat(event.name().ja()).startsWith("テスト機関");
    }

    @Test
    void aRefusedWriteHasNoEvent() {
        UUID lead = Api.university("TW");
        String id = Api.create(minimalCase(lead, "Kept"));
        Api.curator().header("If-Match", "\"7\"").body(minimalCase(lead, "Refused")).put("/api/v1/cases/" + id)
                .then().statusCode(412);
        Api.curator().body(minimalCase(lead, "Accepted")).put("/api/v1/cases/" + id).then().statusCode(200);

        List<ConsumerRecord<String, String>> read = kafka.consumeUntil(Topics.CASES,
                r -> r.key().equals(id) && type(r).equals("case.updated.v1"), WAIT);

        assertThat(read.stream().filter(r -> r.key().equals(id))
                .map(r -> EventJson.read(r.value(), CaseV1.class).title().en()))
                .containsExactly("Kept", "Accepted");
    }

    private ConsumerRecord<String, String> awaitCaseEvent(String id, String type, long version) {
        return kafka.awaitRecord(Topics.CASES, r -> r.key().equals(id) && type(r).equals(type)
                && EventJson.read(r.value(), CaseV1.class).version() == version, WAIT);
    }

    private static String type(ConsumerRecord<String, String> record) {
        return KafkaTestClient.header(record, "ce_type").orElse("");
    }
}
