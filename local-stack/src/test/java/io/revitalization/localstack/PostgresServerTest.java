package io.revitalization.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @Test
    void keepsCommittedRowsAcrossRestartAndAcrossANewServerOnTheSameDirectory(@TempDir Path directory) throws Exception {
        try (PostgresServer server = PostgresServer.start(directory, 0)) {
            server.ensureDatabase("library");
            execute(server, "library", "CREATE TABLE book (title text)", "INSERT INTO book VALUES ('地方創生')");

            server.restart();
            assertThat(titles(server)).isEqualTo("地方創生");
        }

        try (PostgresServer again = PostgresServer.start(directory, 0)) {
            again.ensureDatabase("library");
            assertThat(titles(again)).isEqualTo("地方創生");
        }
    }

    @Test
    void aNewDataDirectoryHoldsTheDatabasesAskedForFromItsStart(@TempDir Path first, @TempDir Path second)
            throws Exception {
        List<String> databases = List.of("atlas", "ledger");
        for (Path directory : List.of(first, second)) { // the first may make the template, the second copies it
            try (PostgresServer server = PostgresServer.start(directory, 0, databases)) {
                execute(server, databases.get(0), "CREATE TABLE place (name text)");
                execute(server, "ledger", "CREATE TABLE entry (amount int)");
            }
        }
    }

    @Test
    void temporaryServerDeletesItsDirectoryOnClose() throws Exception {
        Path log;
        try (PostgresServer server = PostgresServer.start(null, 0)) {
            server.ensureDatabase("scratch");
            execute(server, "scratch", "CREATE TABLE t (id int)");
            log = server.logFile();
            assertThat(log).exists();
        }
        assertThat(Files.exists(log.getParent())).isFalse();
    }

    private static void execute(PostgresServer server, String database, String... statements) throws SQLException {
        try (Connection connection = server.connect(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String titles(PostgresServer server) throws SQLException {
        try (Connection connection = server.connect("library");
             ResultSet rows = connection.createStatement().executeQuery("SELECT string_agg(title, ',') FROM book")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
