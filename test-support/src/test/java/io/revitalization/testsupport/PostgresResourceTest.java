package io.revitalization.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PostgresResourceTest {

    @Test
    void givesEachNamedDatabaseOnOneSharedServer() throws Exception {
        Map<String, String> cases = started("cases_resource_test");
        Map<String, String> comparison = started("comparison_resource_test");

        assertThat(currentDatabase(cases)).isEqualTo("cases_resource_test");
        assertThat(currentDatabase(comparison)).isEqualTo("comparison_resource_test");
        assertThat(serverOf(cases)).isEqualTo(serverOf(comparison));
    }

    @Test
    void returnsTheSameDatabaseToEveryTestClassAskingForIt() throws Exception {
        Map<String, String> first = started("shared_resource_test");
        try (Connection connection = connect(first)) {
            connection.createStatement().execute("CREATE TABLE IF NOT EXISTS marker (id int)");
        }

        Map<String, String> second = started("shared_resource_test");
        try (Connection connection = connect(second);
             ResultSet table = connection.createStatement().executeQuery("SELECT to_regclass('marker') IS NOT NULL")) {
            table.next();
            assertThat(table.getBoolean(1)).isTrue();
        }
    }

    private static Map<String, String> started(String database) {
        PostgresResource resource = new PostgresResource();
        resource.init(Map.of("database", database));
        return resource.start();
    }

    private static String currentDatabase(Map<String, String> config) throws Exception {
        try (Connection connection = connect(config);
             ResultSet row = connection.createStatement().executeQuery("SELECT current_database()")) {
            row.next();
            return row.getString(1);
        }
    }

    private static Connection connect(Map<String, String> config) throws Exception {
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }

    private static String serverOf(Map<String, String> config) {
        String url = config.get("quarkus.datasource.jdbc.url");
        return url.substring(0, url.lastIndexOf('/'));
    }
}
