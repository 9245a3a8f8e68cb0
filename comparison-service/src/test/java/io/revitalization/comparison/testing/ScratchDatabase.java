package io.revitalization.comparison.testing;

import io.revitalization.localstack.ExternalPostgres;
import io.revitalization.localstack.PostgresEndpoint;
import io.revitalization.testsupport.PostgresResource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * A database of its own on the shared embedded PostgreSQL (or the external server the environment names), migrated
 * by Flyway as the service configures it up to a version of the test's choice: a migration is tested on rows that
 * the code of its time left. A {@code @QuarkusTest} could not stop there, since Quarkus migrates to the latest version
 * at start. Dropped when closed.
 */
public final class ScratchDatabase implements AutoCloseable {
    private final PostgresEndpoint server;
    private final String jdbcUrl;
    private final String database;

    private ScratchDatabase(PostgresEndpoint server, String jdbcUrl, String database) {
        this.server = server;
        this.jdbcUrl = jdbcUrl;
        this.database = database;
    }

    /** A new, empty database whose name starts with the prefix. */
    public static ScratchDatabase create(String prefix) {
        PostgresResource postgres = new PostgresResource();
        postgres.init(Map.of("database", prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12)));
        Map<String, String> datasource = postgres.start(); // creates the database (with a suffix on an external server)
        String jdbcUrl = datasource.get("quarkus.datasource.jdbc.url");
        return new ScratchDatabase(new ExternalPostgres(jdbcUrl, datasource.get("quarkus.datasource.username"),
                datasource.get("quarkus.datasource.password")), jdbcUrl,
                jdbcUrl.replaceFirst("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1"));
    }

    /** Applies the service's migrations up to this version, and no further. */
    public MigrateResult migrateTo(String version) {
        Properties service = new Properties();
        try (InputStream properties = ScratchDatabase.class.getResourceAsStream("/application.properties")) {
            service.load(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Flyway.configure(ScratchDatabase.class.getClassLoader())
                .dataSource(jdbcUrl, server.username(), server.password())
                .locations(service.getProperty("quarkus.flyway.locations").split(","))
                .target(version).load().migrate();
    }

    public Connection connect() throws SQLException {
        return server.connect(database);
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = server.connect("postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }
}
