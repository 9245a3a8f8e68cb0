package io.revitalization.support.tracing;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.revitalization.support.tracing.StatementSpansWhenExported.STATEMENT_SPANS;
import static io.revitalization.support.tracing.StatementSpansWhenExported.TRACES_ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

class StatementSpansWhenExportedTest {
    /** As service-support's defaults (microprofile-config.properties, ordinal 100) set it: export off. */
    private static final PropertiesConfigSource DEFAULTS =
            new PropertiesConfigSource(Map.of(TRACES_ENDPOINT, " "), "defaults", 100);

    @Test
    void noStatementSpansWhileTheTracesEndpointIsBlank() {
        assertThat(statementSpans(config())).isFalse();
    }

    @Test
    void statementSpansOnceAnEndpointIsSetAboveTheDefaults() {
        SmallRyeConfig config = config(new PropertiesConfigSource(
                Map.of(TRACES_ENDPOINT, "http://collector:4317"), "environment", 300));

        assertThat(statementSpans(config)).isTrue();
    }

    @Test
    void anExplicitSettingWinsEitherWay() {
        SmallRyeConfig withoutEndpoint = config(new PropertiesConfigSource(
                Map.of(STATEMENT_SPANS, "true"), "application.properties", 250));
        SmallRyeConfig withEndpoint = config(new PropertiesConfigSource(
                Map.of(TRACES_ENDPOINT, "http://collector:4318", STATEMENT_SPANS, "false"), "environment", 300));

        assertThat(statementSpans(withoutEndpoint)).isTrue();
        assertThat(statementSpans(withEndpoint)).isFalse();
    }

    private static SmallRyeConfig config(PropertiesConfigSource... above) {
        return new SmallRyeConfigBuilder().withSources(DEFAULTS).withSources(above)
                .withSources(new StatementSpansWhenExported()).build();
    }

    private static boolean statementSpans(SmallRyeConfig config) {
        return config.getValue(STATEMENT_SPANS, Boolean.class);
    }
}
