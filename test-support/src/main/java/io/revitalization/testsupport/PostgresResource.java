package io.revitalization.testsupport;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.revitalization.localstack.PostgresEndpoint;

/**
 * A real PostgreSQL database for a {@code @QuarkusTest}: the JVM's shared embedded server (or the external one of
 * {@code SUITE_POSTGRES_URL}), database named by the init argument {@code database} (default {@code test}); on an
 * external server with a random suffix, so parallel builds never share a database.
 *
 * <pre>
 * &#64;QuarkusTestResource(value = PostgresResource.class, initArgs = &#64;ResourceArg(name = "database", value = "cases"))
 * </pre>
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        PostgresEndpoint postgres = SharedServers.postgres();
        String name = SharedServers.externalPostgres()
                ? database + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                : database;
        postgres.ensureDatabase(name);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(name),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    /** The server outlives each test class: other classes of this JVM use it too. */
    @Override
    public void stop() {
        // stopped at JVM exit
    }
}
