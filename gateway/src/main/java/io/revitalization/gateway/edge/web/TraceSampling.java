package io.revitalization.gateway.edge.web;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Which requests' spans the gateway records. With no exporter (no OTLP traces endpoint, the default) nothing would
 * read a recorded span, so only the traces a caller marks sampled are recorded: every other request still gets a
 * trace id and span id (in the access log, passed on in {@code traceparent}, marked not sampled), but no attributes,
 * events or timing. With an exporter, every trace is recorded (the default, parent-based always-on). Quarkus takes a
 * {@link Sampler} bean in place of {@code quarkus.otel.traces.sampler}.
 */
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint") Optional<String> endpoint) {
        return endpoint.filter(url -> !url.isBlank()).isPresent()
                ? Sampler.parentBased(Sampler.alwaysOn())
                : Sampler.parentBased(Sampler.alwaysOff());
    }
}
