package io.revitalization.backbone;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.events.Topics;
import io.revitalization.testsupport.KafkaTestClient;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 19: an event is sent and applied in the trace of the request that wrote it. */
@QuarkusTest
class TraceAcrossKafkaTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");

    private final InMemorySpanExporter spans;
    private final InstitutionPublisher publisher;
    private final KafkaTestClient kafka;
    private final EntityManager entityManager;

    TraceAcrossKafkaTest(InMemorySpanExporter spans, InstitutionPublisher publisher, EntityManager entityManager,
                         @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.spans = spans;
        this.publisher = publisher;
        this.entityManager = entityManager;
        this.kafka = new KafkaTestClient(bootstrapServers);
    }

    @Test
    void theConsumersSpanJoinsTheTraceOfTheRequestThatWroteTheEvent() {
        String slug = "traced-" + UUID.randomUUID();
        given().post("/test/institutions/" + slug).then().statusCode(201);

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.INSTITUTIONS,
                sent -> KafkaTestClient.header(sent, "ce_subject").filter(slug::equals).isPresent(), WAIT);
        String eventId = KafkaTestClient.header(record, "ce_id").orElseThrow();
        SpanData request = awaitSpan(span -> span.getKind() == SpanKind.SERVER
                && ("/test/institutions/" + slug).equals(span.getAttributes().get(URL_PATH)));
        SpanData applied = awaitSpan(span -> span.getKind() == SpanKind.CONSUMER
                && eventId.equals(span.getAttributes().get(MESSAGE_ID)));

        assertThat(KafkaTestClient.header(record, "traceparent"))
                .hasValueSatisfying(header -> assertThat(header).startsWith("00-" + request.getTraceId() + "-"));
        assertThat(applied.getName()).isEqualTo("process " + Topics.INSTITUTIONS);
        assertThat(spans.getFinishedSpanItems()).as("the relay's send is a producer span in the request's trace")
                .anySatisfy(span -> {
                    assertThat(span.getKind()).isEqualTo(SpanKind.PRODUCER);
                    assertThat(span.getTraceId()).isEqualTo(request.getTraceId());
                    assertThat(span.getName()).isEqualTo(Topics.INSTITUTIONS + " publish");
                });
        assertThat(applied.getTraceId()).isEqualTo(request.getTraceId());
        assertThat(storedTraceparent(eventId)).startsWith("00-" + request.getTraceId() + "-");
        assertThat(spans.getFinishedSpanItems())
                .as("the handler's INSERT is a JDBC span inside the consumer's span")
                .anyMatch(span -> span.getParentSpanId().equals(applied.getSpanId())
                        && span.getKind() == SpanKind.CLIENT);
    }

    @Test
    void anEventWrittenOutsideAnyTraceStartsATraceOfItsOwn() {
        UUID eventId = publisher.publish(List.of("untraced-" + UUID.randomUUID())).get(0);
        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.INSTITUTIONS,
                sent -> KafkaTestClient.header(sent, "ce_id").filter(eventId.toString()::equals).isPresent(), WAIT);

        SpanData applied = awaitSpan(span -> span.getKind() == SpanKind.CONSUMER
                && eventId.toString().equals(span.getAttributes().get(MESSAGE_ID)));
        assertThat(KafkaTestClient.header(record, "traceparent"))
                .hasValueSatisfying(header -> assertThat(header).startsWith("00-" + applied.getTraceId() + "-"));
        assertThat(storedTraceparent(eventId.toString())).isNull();
    }

    private SpanData awaitSpan(Predicate<SpanData> matching) {
        return await().atMost(WAIT).until(() -> first(matching), Optional::isPresent).orElseThrow();
    }

    private Optional<SpanData> first(Predicate<SpanData> matching) {
        List<SpanData> finished = spans.getFinishedSpanItems();
        return finished.stream().filter(matching).findFirst();
    }

    private String storedTraceparent(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT traceparent FROM outbox_message WHERE id = CAST(:id AS uuid)")
                .setParameter("id", eventId).getSingleResult());
    }
}
