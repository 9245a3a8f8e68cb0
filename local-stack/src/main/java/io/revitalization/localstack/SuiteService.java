package io.revitalization.localstack;

import java.nio.file.Path;

/** The suite's four applications, in start order; the gateway routes to the other three. */
public enum SuiteService {
    CASES("cases-service", "cases", 8081, 9001, "SUITE_CASES"),
    COMPARISON("comparison-service", "comparison", 8082, 9002, "SUITE_COMPARISON"),
    PARTNERSHIPS("partnerships-service", "partnerships", 8083, 9003, "SUITE_PARTNERSHIPS"),
    GATEWAY("gateway", "gateway", 8080, 9000, "SUITE_GATEWAY");

    private final String module;
    private final String database;
    private final int defaultPort;
    private final int defaultManagementPort;
    private final String variablePrefix;

    SuiteService(String module, String database, int defaultPort, int defaultManagementPort, String variablePrefix) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
        this.defaultManagementPort = defaultManagementPort;
        this.variablePrefix = variablePrefix;
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

    /** Where it serves {@code /q/health} and {@code /q/metrics} (Quarkus's management interface). */
    public int defaultManagementPort() {
        return defaultManagementPort;
    }

    /** The environment variable of {@code ./suite up} that overrides the port. */
    public String portVariable() {
        return variablePrefix + "_PORT";
    }

    /** The environment variable of {@code ./suite up} that overrides the management port. */
    public String managementPortVariable() {
        return variablePrefix + "_MANAGEMENT_PORT";
    }

    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
