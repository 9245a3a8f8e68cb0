package io.revitalization.localstack;

import java.nio.file.Path;

/** The suite's four applications, in start order; the gateway routes to the other three. */
public enum SuiteService {
    CASES("cases-service", "cases", 8081, "SUITE_CASES_PORT"),
    COMPARISON("comparison-service", "comparison", 8082, "SUITE_COMPARISON_PORT"),
    PARTNERSHIPS("partnerships-service", "partnerships", 8083, "SUITE_PARTNERSHIPS_PORT"),
    GATEWAY("gateway", "gateway", 8080, "SUITE_GATEWAY_PORT");

    private final String module;
    private final String database;
    private final int defaultPort;
    private final String portVariable;

    SuiteService(String module, String database, int defaultPort, String portVariable) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
        this.portVariable = portVariable;
    }

    /** The Maven module, also the process name. */
    public String module() {
        return module;
    }

    /** Its database, also its key among the gateway's routes ({@code gateway.routes.<key>}). */
    public String database() {
        return database;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The environment variable of {@code ./suite up} that overrides the port. */
    public String portVariable() {
        return portVariable;
    }

    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
