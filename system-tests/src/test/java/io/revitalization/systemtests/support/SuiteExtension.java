package io.revitalization.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.restassured.RestAssured;
import io.revitalization.localstack.ServiceProcess;
import io.revitalization.localstack.Suite;

/**
 * The whole suite, started once per test JVM on free ports with a temporary data directory, shared by every test
 * class and stopped when the JVM's tests are done. Either
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SuiteExtension SUITE = new SuiteExtension();
 * ... given().baseUri(SUITE.gatewayUrl()).header("X-Api-Key", SUITE.adminKey()) ...
 * </pre>
 *
 * or {@code @ExtendWith(SuiteExtension.class)} with a {@link Suite} parameter (constructor, lifecycle or test
 * method). The first test begins once the seed data has reached every service ({@link SeedData}). The services run
 * from their packaged jars, which {@code ./mvnw verify} builds before this module. They
 * export their spans to a {@link SpanCollector} ({@link #spans()}), as they would to an OpenTelemetry collector.
 */
public final class SuiteExtension implements BeforeAllCallback, ParameterResolver {

    /** Generous: on a shared machine busy with other suites, a service has been seen to need more than 3 minutes. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(6);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SuiteExtension.class);

    private Suite suite;
    private SpanCollector spans;

    @Override
    public void beforeAll(ExtensionContext context) {
        // a failed expectation shows the request and the answer (a problem's detail names the field)
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        suite = running(context);
        spans = started(context).spans();
    }

    /** The spans the suite's services have exported so far. */
    public SpanCollector spans() {
        suite();
        return spans;
    }

    /** The running suite, e.g. for fault injection: {@code suite().service(SuiteService.CASES).kill()}. */
    public Suite suite() {
        if (suite == null) {
            throw new IllegalStateException("The suite starts before the first test: register SuiteExtension in a "
                    + "static field (@RegisterExtension) or with @ExtendWith");
        }
        return suite;
    }

    public String gatewayUrl() {
        return suite().gatewayUrl();
    }

    public String adminKey() {
        return suite().adminKey();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Suite.class;
    }

    @Override
    public Suite resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context);
    }

    /**
     * Starts the suite on first use; a start that failed is not retried by every later test class, they all
     * report the same failure at once.
     */
    private static Suite running(ExtensionContext context) {
        return started(context).suiteOrFailure();
    }

    private static StartedSuite started(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(StartedSuite.class, key -> StartedSuite.start(), StartedSuite.class);
    }

    private record StartedSuite(Suite suite, SpanCollector spans, RuntimeException failure) implements AutoCloseable {

        /** A failure is kept, e.g. the services not built (the message names the missing jars). */
        static StartedSuite start() {
            SpanCollector spans = SpanCollector.start();
            try {
                Suite suite = Suite.builder().repoRoot(Suite.findRepoRoot(Path.of(""))).freePorts()
                        .serviceJvmOptions(exportingTo(spans))
                        .startupTimeout(STARTUP_TIMEOUT).start();
                try {
                    SeedData.awaitEverywhere(suite, STARTUP_TIMEOUT);
                } catch (RuntimeException e) {
                    // kept, so that it is stopped with the others once the tests are done
                    return new StartedSuite(suite, spans, e);
                }
                return new StartedSuite(suite, spans, null);
            } catch (IOException e) {
                return new StartedSuite(null, spans, new UncheckedIOException("The suite did not start", e));
            } catch (RuntimeException e) {
                return new StartedSuite(null, spans, e);
            }
        }

        /** The services' usual options, and OTLP export (docs/operations.md, "Tracing") to the collector. */
        private static List<String> exportingTo(SpanCollector spans) {
            List<String> options = new ArrayList<>(ServiceProcess.DEFAULT_JVM_OPTIONS);
            options.add("-Dquarkus.otel.exporter.otlp.traces.endpoint=" + spans.endpoint());
            options.add("-Dquarkus.otel.exporter.otlp.traces.protocol=http/protobuf");
            options.add("-Dquarkus.otel.bsp.schedule.delay=500ms");
            return options;
        }

        Suite suiteOrFailure() {
            if (failure != null) {
                throw failure;
            }
            return suite;
        }

        @Override
        public void close() {
            if (suite != null) {
                suite.close();
            }
            spans.close();
        }
    }
}
