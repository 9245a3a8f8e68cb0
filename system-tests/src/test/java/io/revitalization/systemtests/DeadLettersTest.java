package io.revitalization.systemtests;

import io.restassured.specification.RequestSpecification;
import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.SuiteExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * An operator finds an event the consumers refused through the gateway's admin API, with the reason, sees it on the
 * management port (metric and health group), and discards it with a reason.
 */
class DeadLettersTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TOPIC = "revit.institutions.v1";
    private static final String WAITING = "dead_letters_waiting{topic=\"" + TOPIC + "\"}";

    @Test
    void anUnreadableInstitutionEventIsListedPerServiceWithItsReasonAndDiscardedByAnAdmin() throws Exception {
        double before = waiting(SuiteService.PARTNERSHIPS);
        String eventId = UUID.randomUUID().toString();
        produceUnreadable(eventId);

        for (String service : List.of("partnerships-service", "comparison-service")) {
            Map<String, Object> letter = await().atMost(WAIT).until(() -> find(service, eventId), Optional::isPresent)
                    .get();
            assertThat(letter).containsEntry("topic", TOPIC).containsEntry("eventType", "institution.created.v1")
                    .containsEntry("state", "waiting").containsEntry("payload", "{not json");
            assertThat((String) letter.get("reason")).contains(eventId).contains("InstitutionV1");
        }
        String path = "/api/v1/admin/dead-letters/partnerships-service";
        String id = (String) find("partnerships-service", eventId).orElseThrow().get("id");

        await().atMost(WAIT).until(() -> waiting(SuiteService.PARTNERSHIPS) == before + 1);
        String management = SUITE.suite().managementUrl(SuiteService.PARTNERSHIPS);
        given().baseUri(management).get("/q/health/group/dead-letters").then().statusCode(503)
                .body("status", equalTo("DOWN"));
        given().baseUri(management).get("/q/health/ready").then().statusCode(200);

        String curator = (String) admin().contentType("application/json")
                .body(Map.of("label", "dead letters: not for curators", "role", "curator"))
                .post("/api/v1/admin/keys").then().statusCode(201).extract().jsonPath().get("key");
        given().baseUri(SUITE.gatewayUrl()).header("X-API-Key", curator).get(path).then().statusCode(403);
        given().baseUri(SUITE.gatewayUrl()).get(path).then().statusCode(401);

        admin().post(path + "/" + id + "/replay").then().statusCode(422)
                .body("detail", containsString("refused the event again"));
        admin().contentType("application/json").body(Map.of("reason", "a hand-made test event, never valid"))
                .post(path + "/" + id + "/discard").then().statusCode(200)
                .body("state", equalTo("discarded")).body("settledBy", notNullValue());
        admin().post(path + "/" + id + "/replay").then().statusCode(409);
        assertThat(waiting(SuiteService.PARTNERSHIPS)).isEqualTo(before);
    }

    private static Optional<Map<String, Object>> find(String service, String eventId) {
        List<Map<String, Object>> items = admin().queryParam("topic", TOPIC).queryParam("limit", 200)
                .get("/api/v1/admin/dead-letters/" + service).then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(item -> eventId.equals(item.get("eventId"))).findFirst();
    }

    private static RequestSpecification admin() {
        return given().baseUri(SUITE.gatewayUrl()).header("X-API-Key", SUITE.adminKey());
    }

    private static double waiting(SuiteService service) {
        String metrics = given().baseUri(SUITE.suite().managementUrl(service)).get("/q/metrics").then()
                .statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(WAITING) + " (\\S+)(?: # .*)?$").matcher(metrics);
        assertThat(sample.find()).as(WAITING + " in\n" + metrics).isTrue();
        return Double.parseDouble(sample.group(1));
    }

    private static void produceUnreadable(String eventId) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SUITE.suite().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(),
                    "{not json");
            Map.of("ce_id", eventId, "ce_type", "institution.created.v1", "ce_source", "/cases-service",
                    "ce_specversion", "1.0", "content-type", "application/json")
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
    }
}
