package io.revitalization.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ExternalServersTest {

    @Test
    void usesNothingExternalWhenTheEnvironmentNamesNothing() {
        ExternalServers none = ExternalServers.from(Map.of("SUITE_POSTGRES_URL", " "));

        assertThat(none.postgres()).isEmpty();
        assertThat(none.kafkaBootstrapServers()).isEmpty();
    }

    @Test
    void reachesEveryDatabaseOfTheNamedServer() {
        ExternalServers external = ExternalServers.from(Map.of(
                "SUITE_POSTGRES_URL", "jdbc:postgresql://db.example:5432/postgres?sslmode=require",
                "SUITE_POSTGRES_USER", "ci",
                "SUITE_POSTGRES_PASSWORD", "secret",
                "SUITE_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092"));

        ExternalPostgres postgres = external.postgres().orElseThrow();
        assertThat(postgres.jdbcUrl("cases")).isEqualTo("jdbc:postgresql://db.example:5432/cases?sslmode=require");
        assertThat(postgres.username()).isEqualTo("ci");
        assertThat(postgres.password()).isEqualTo("secret");
        assertThat(external.kafkaBootstrapServers()).contains("kafka-1:9092,kafka-2:9092");
    }

    @Test
    void defaultsToUserPostgresAndRejectsWhatIsNotAPostgresUrl() {
        assertThat(ExternalServers.from(Map.of("SUITE_POSTGRES_URL", "jdbc:postgresql://db:5432")).postgres().orElseThrow())
                .satisfies(postgres -> {
                    assertThat(postgres.username()).isEqualTo("postgres");
                    assertThat(postgres.jdbcUrl("gateway")).isEqualTo("jdbc:postgresql://db:5432/gateway");
                });
        assertThatThrownBy(() -> ExternalServers.from(Map.of("SUITE_POSTGRES_URL", "jdbc:mysql://db/x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
