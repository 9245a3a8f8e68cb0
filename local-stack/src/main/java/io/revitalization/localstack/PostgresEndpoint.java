package io.revitalization.localstack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

import org.postgresql.Driver;

/** A PostgreSQL server to create databases on: the embedded {@link PostgresServer} or an {@link ExternalPostgres}. */
public interface PostgresEndpoint {

    Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    String jdbcUrl(String database);

    String username();

    String password();

    /** Creates the database unless it exists. Names are lower-case identifiers: {@code [a-z][a-z0-9_]*}. */
    default void ensureDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a database name we create: " + name);
        }
        try (Connection connection = connect("postgres");
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // duplicate_database: someone else just created it
                throw new IllegalStateException("Could not create database " + name + " at " + jdbcUrl(name), e);
            }
        }
    }

    /** A connection with the driver itself, independent of which class loader registered it with DriverManager. */
    default Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username());
        properties.setProperty("password", password());
        properties.setProperty("connectTimeout", "5");
        return new Driver().connect(jdbcUrl(database), properties);
    }
}
