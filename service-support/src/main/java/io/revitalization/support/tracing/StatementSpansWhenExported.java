package io.revitalization.support.tracing;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;

/**
 * JDBC statement spans ({@code quarkus.datasource.jdbc.telemetry.enabled}) only when spans leave the application, that
 * is when an OTLP traces endpoint is set. A log line names only its request's trace, never a statement's span, so
 * with the export off (the default) the statement spans were made and dropped: 4 % of the services' CPU under writes
 * (docs/performance-history.md, "Twenty-eighth round"). Below application.properties, the environment and system
 * properties, which can still set it, as a test app with an exporter of its own does.
 */
public final class StatementSpansWhenExported implements ConfigSourceFactory {
    static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    static final String STATEMENT_SPANS = "quarkus.datasource.jdbc.telemetry.enabled";
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue endpoint = context.getValue(TRACES_ENDPOINT);
        boolean exported = endpoint != null && endpoint.getValue() != null && !endpoint.getValue().isBlank();
        return List.of(new PropertiesConfigSource(Map.of(STATEMENT_SPANS, Boolean.toString(exported)),
                "statement spans only when exported", ORDINAL));
    }
}
