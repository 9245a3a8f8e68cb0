package io.revitalization.backbone.inbox;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The span of a consumer applying an event, a child of the span that sent it (the record's {@code traceparent}
 * header, written by the outbox relay in the trace of the request that wrote the event). The handler's database
 * work and log lines belong to it.
 */
@ApplicationScoped
public class ConsumerSpans {
    private static final String INSTRUMENTATION = "io.revitalization.backbone";

    private final OpenTelemetry openTelemetry;
    private final Tracer tracer;

    public ConsumerSpans(OpenTelemetry openTelemetry) {
        this.openTelemetry = openTelemetry;
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
    }

    /** The context the record was sent in; the root context when it carries none. */
    Context sentIn(ConsumerRecord<String, String> record) {
        return openTelemetry.getPropagators().getTextMapPropagator()
                .extract(Context.root(), record.headers(), HeadersGetter.INSTANCE);
    }

    /** An event being applied: where it came from, and the context it was sent in. */
    record Delivery(String topic, String eventId, String type, Context sentIn) {
    }

    /**
     * Runs {@code apply} in a span {@code process <topic>} of the consumer for each event it applies together, each
     * below the context its event was sent in; the database work belongs to the first event's span.
     */
    void inSpans(String consumer, List<Delivery> deliveries, Runnable apply) {
        List<Span> spans = deliveries.stream().map(delivery -> start(consumer, delivery)).toList();
        try (Scope scope = spans.get(0).makeCurrent()) {
            apply.run();
        } catch (RuntimeException e) {
            spans.forEach(span -> {
                span.recordException(e);
                span.setStatus(StatusCode.ERROR, e.getMessage());
            });
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
    }

    private Span start(String consumer, Delivery delivery) {
        return tracer.spanBuilder("process " + delivery.topic())
                .setParent(delivery.sentIn())
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", delivery.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", delivery.eventId())
                .setAttribute("cloudevents.event_type", delivery.type())
                .startSpan();
    }

    private enum HeadersGetter implements TextMapGetter<Headers> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
