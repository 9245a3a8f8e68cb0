package io.revitalization.bench;

import io.revitalization.localstack.ExternalPostgres;
import io.revitalization.localstack.PostgresEndpoint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings the suite's databases to the state a database in service is in at a given size: after a bulk import,
 * PostgreSQL's own upkeep (autovacuum's VACUUM and ANALYZE of the grown tables, the checkpoint of the written pages)
 * would otherwise run during the reads measured next and be measured with them. Done the same way before the reads
 * at every size.
 */
final class SettledDatabases {
    private final PostgresEndpoint server;

    SettledDatabases(int postgresPort) {
        this.server = new ExternalPostgres("jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres", "postgres", "postgres");
    }

    /** VACUUM (ANALYZE) of every database, then a CHECKPOINT; the seconds it took. */
    double settle() {
        long start = System.nanoTime();
        try {
            for (String database : databases()) {
                try (Connection connection = server.connect(database); Statement statement = connection.createStatement()) {
                    statement.execute("VACUUM (ANALYZE)");
                }
            }
            try (Connection postgres = server.connect("postgres"); Statement statement = postgres.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("settling the suite's databases", e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private List<String> databases() throws SQLException {
        try (Connection postgres = server.connect("postgres"); Statement statement = postgres.createStatement();
             ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }
}
