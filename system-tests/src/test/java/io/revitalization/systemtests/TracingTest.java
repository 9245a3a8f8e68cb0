package io.revitalization.systemtests;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.revitalization.events.Topics;
import io.revitalization.systemtests.support.SpanCollector.ReceivedSpan;
import io.revitalization.systemtests.support.SuiteExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 19: a case posted through the gateway is one trace, from the gateway's span through cases-service's span
 * and the Kafka record to comparison-service's span applying the event. The spans are the ones the services export
 * over OTLP (to the suite's {@code SpanCollector}), made on the real path.
 */
class TracingTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    @Test
    void aCasePostedThroughTheGatewayIsOneTraceUpToTheComparisonServiceApplyingIt() {
        String university = "traced-university-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().body(Map.of("slug", university, "kind", "UNIVERSITY", "name", Map.of("en", "Traced University"),
                "country", "JP")).post("/api/v1/institutions").then().statusCode(201);
        String slug = "traced-case-" + UUID.randomUUID().toString().substring(0, 8);

        String requestId = asAdmin().body(Map.of("slug", slug, "title", Map.of("en", "Followed from its POST"),
                        "country", "JP", "leadInstitution", university))
                .post("/api/v1/cases").then().statusCode(201).extract().header("X-Request-Id");

        ConsumerRecord<String, String> record = caseEvent(slug);
        String traceparent = header(record, "traceparent").orElseThrow(() -> new AssertionError("no traceparent"));
        String traceId = traceparent.split("-")[1];
        String eventId = header(record, "ce_id").orElseThrow();

        ReceivedSpan gateway = awaitSpan("gateway", span -> span.kind().equals("SPAN_KIND_SERVER")
                && requestId.equals(span.attribute("http.request.header.x-request-id")));
        ReceivedSpan cases = awaitSpan("cases-service", span -> span.kind().equals("SPAN_KIND_SERVER")
                && span.traceId().equals(gateway.traceId()) && span.name().startsWith("POST"));
        ReceivedSpan comparison = awaitSpan("comparison-service", span -> span.kind().equals("SPAN_KIND_CONSUMER")
                && eventId.equals(span.attribute("messaging.message.id")));

        assertThat(List.of(gateway.traceId(), cases.traceId(), traceId, comparison.traceId()))
                .as("one trace id on the gateway's span, cases-service's span, the Kafka record and the consumer's span")
                .containsOnly(gateway.traceId());
        assertThat(cases.parentSpanId()).as("the forwarded request carried the gateway's span").isEqualTo(gateway.spanId());
        assertThat(comparison.name()).isEqualTo("process " + Topics.CASES);
        assertThat(SUITE.spans().spans()).as("the case's INSERT is a JDBC span of cases-service in the trace")
                .anyMatch(span -> span.service().equals("cases-service") && span.traceId().equals(traceId)
                        && span.kind().equals("SPAN_KIND_CLIENT") && span.name().toUpperCase().startsWith("INSERT"));
    }

    private static ReceivedSpan awaitSpan(String service, Predicate<ReceivedSpan> matching) {
        return await().atMost(WAIT).until(() -> SUITE.spans().spans().stream()
                        .filter(span -> service.equals(span.service())).filter(matching).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    /** The case's created event, read from the topic from its beginning. */
    private static ConsumerRecord<String, String> caseEvent(String slug) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SUITE.suite().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "tracing-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.CASES));
            return await().atMost(WAIT).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (header(record, "ce_subject").filter(slug::equals).isPresent()) {
                        return Optional.of(record);
                    }
                }
                return Optional.<ConsumerRecord<String, String>>empty();
            }, Optional::isPresent).orElseThrow();
        }
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
    }

    private static RequestSpecification asAdmin() {
        return given().baseUri(SUITE.gatewayUrl()).header("X-API-Key", SUITE.adminKey()).contentType(ContentType.JSON);
    }
}
