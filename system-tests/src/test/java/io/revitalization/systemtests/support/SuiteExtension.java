package io.revitalization.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

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
 * method). The services run from their packaged jars, which {@code ./mvnw verify} builds before this module.
 */
public final class SuiteExtension implements BeforeAllCallback, ParameterResolver {

    /** Generous: on a shared machine busy with other suites, a service has been seen to need more than 3 minutes. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(6);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SuiteExtension.class);

    private Suite suite;

    @Override
    public void beforeAll(ExtensionContext context) {
        suite = running(context);
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
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(StartedSuite.class, key -> StartedSuite.start(), StartedSuite.class)
                .suiteOrFailure();
    }

    private record StartedSuite(Suite suite, RuntimeException failure) implements AutoCloseable {

        /** A failure is kept, e.g. the services not built (the message names the missing jars). */
        static StartedSuite start() {
            try {
                return new StartedSuite(Suite.builder().repoRoot(Suite.findRepoRoot(Path.of(""))).freePorts()
                        .startupTimeout(STARTUP_TIMEOUT).start(), null);
            } catch (IOException e) {
                return new StartedSuite(null, new UncheckedIOException("The suite did not start", e));
            } catch (RuntimeException e) {
                return new StartedSuite(null, e);
            }
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
        }
    }
}
