package io.revitalization.localstack;

import java.util.Map;
import java.util.Optional;

/**
 * Servers named by the environment, used instead of starting our own:
 * {@code SUITE_POSTGRES_URL} (a JDBC URL of a server, e.g. {@code jdbc:postgresql://host:5432/postgres}),
 * {@code SUITE_POSTGRES_USER}, {@code SUITE_POSTGRES_PASSWORD}, and {@code SUITE_KAFKA_BOOTSTRAP_SERVERS}.
 * Databases are created on the external server as needed.
 */
public record ExternalServers(Optional<ExternalPostgres> postgres, Optional<String> kafkaBootstrapServers) {

    public static final String POSTGRES_URL = "SUITE_POSTGRES_URL";
    public static final String POSTGRES_USER = "SUITE_POSTGRES_USER";
    public static final String POSTGRES_PASSWORD = "SUITE_POSTGRES_PASSWORD";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "SUITE_KAFKA_BOOTSTRAP_SERVERS";

    public static ExternalServers fromEnvironment() {
        return from(System.getenv());
    }

    static ExternalServers from(Map<String, String> environment) {
        Optional<ExternalPostgres> postgres = nonBlank(environment.get(POSTGRES_URL)).map(url -> new ExternalPostgres(url,
                nonBlank(environment.get(POSTGRES_USER)).orElse("postgres"),
                environment.getOrDefault(POSTGRES_PASSWORD, "")));
        return new ExternalServers(postgres, nonBlank(environment.get(KAFKA_BOOTSTRAP_SERVERS)));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
