package io.revitalization.comparison.api;

import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.testsupport.http.ChangeStream;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.comparison.app.change.ChangeAnnouncer;
import io.revitalization.comparison.app.change.ReadNames;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Instances share the database, so a change another instance commits shows only as a newer data version there; an
 * open change stream must still announce it. Another instance's commit is simulated by bumping the version directly.
 */
@QuarkusTest
class ChangesOfOtherInstancesTest {
    private static final List<String> EVERY_READ = Stream.concat(ReadNames.ALL_READS.stream(),
            Stream.of(ReadNames.SUMMARY)).toList();
    private static final String BUMP =
            "UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1 RETURNING version";

    @TestHTTPResource("/api/v1/comparisons/changes")
    URL changes;

    @Inject
    DataSource dataSource;

    @Inject
    ChangeAnnouncer announcer;

    @Test
    void aChangeCommittedElsewhereIsAnnouncedWithEveryRead() throws Exception {
        try (ChangeStream stream = ChangeStream.open(changes)) {
            long ready = stream.await("ready", event -> true).get("dataVersion").asLong();
            assertThat(announcer.hasStreams()).isTrue();

            long bumpedAt = System.nanoTime();
            long version = bumpElsewhere();
            JsonNode change = stream.await("change", event -> event.get("dataVersion").asLong() == version);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - bumpedAt);
            System.out.printf("a change committed elsewhere (%d -> %d) was announced after %d ms%n", ready, version,
                    millis);

            assertThat(strings(change, "comparisons")).containsExactlyInAnyOrderElementsOf(EVERY_READ);
            assertThat(strings(change, "codebooks")).isEmpty();
            assertThat(strings(change, "dimensions")).isEmpty();
            assertThat(strings(change, "groupings")).isEmpty();
        }
        await("the closed stream is no longer counted, so polling stops").atMost(Duration.ofSeconds(10))
                .until(() -> !announcer.hasStreams());
    }

    /**
     * Another instance commits a version, and this instance commits the next one before its poll reads the
     * version: the newer local change must not hide the other one.
     */
    @Test
    void aChangeCommittedElsewhereIsNotHiddenByANewerLocalOne() throws Exception {
        String codebook = Fixtures.codebook();
        TestCase x = Fixtures.knownCase(Fixtures.unique("O"), List.of("P"), UUID.randomUUID());
        try (ChangeStream stream = ChangeStream.open(changes)) {
            stream.await("ready", event -> true);
            long settled = bumpElsewhere();
            stream.await("change", event -> event.get("dataVersion").asLong() == settled);

            long elsewhere;
            CompletableFuture<String> local;
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                elsewhere = bump(connection);
                // the local coding waits for the version row this transaction holds, and commits right after it
                local = CompletableFuture.supplyAsync(() -> Fixtures.coding(codebook, x, 2022, "value", "c1", "y"));
                await().atMost(Duration.ofSeconds(20)).until(() -> waitingForTheVersion() == 1);
                connection.commit();
            }
            local.get(20, TimeUnit.SECONDS);

            stream.await("change", event -> event.get("dataVersion").asLong() >= elsewhere
                    && strings(event, "comparisons").containsAll(EVERY_READ));
        }
    }

    private long bumpElsewhere() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return bump(connection);
        }
    }

    private static long bump(Connection connection) throws SQLException {
        try (ResultSet version = connection.createStatement().executeQuery(BUMP)) {
            version.next();
            return version.getLong(1);
        }
    }

    private int waitingForTheVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet waiting = connection.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity "
                     + "WHERE wait_event_type = 'Lock' AND query LIKE '%data_version%'")) {
            waiting.next();
            return waiting.getInt(1);
        }
    }

    private static List<String> strings(JsonNode event, String field) {
        List<String> values = new ArrayList<>();
        event.get(field).forEach(value -> values.add(value.asText()));
        return values;
    }
}
