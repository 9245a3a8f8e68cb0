package io.revitalization.comparison.events;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.events.EventTypes;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A burst of case events, as a bulk import sends them, reaches the consumer in batches: every event is applied
 * exactly once (each sent twice with its id, as a relay re-sends after a crash), every case is projected and
 * grouped once, and a later version in the burst wins.
 */
@QuarkusTest
class CaseEventBurstTest {
    @Inject
    DataSource dataSource;

    @Test
    void aBurstOfCaseEventsSentTwiceIsAppliedOnceEach() throws SQLException {
        String country = Fixtures.unique("B");
        UUID lead = UUID.randomUUID();
        List<TestCase> cases = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            TestCase created = Fixtures.caseState(country, List.of("P"), lead);
            cases.add(created);
            String eventId = UUID.randomUUID().toString();
            eventIds.add(eventId);
            Fixtures.publish(EventTypes.CASE_CREATED, created.id(), created.state(), eventId);
            Fixtures.publish(EventTypes.CASE_CREATED, created.id(), created.state(), eventId);
        }
        TestCase moved = cases.get(0).at(2, Map.of("country", country + "X"));
        Fixtures.publish(EventTypes.CASE_UPDATED, moved.id(), moved.state());

        await().atMost(Duration.ofSeconds(60)).until(() -> count("""
                SELECT count(*) FROM processed_event WHERE event_id = ANY (?)""", eventIds) == eventIds.size()
                && count("SELECT count(*) FROM case_projection WHERE id = ANY (CAST(? AS uuid[])) AND version = 2",
                List.of(moved.id().toString())) == 1);

        List<String> ids = cases.stream().map(known -> known.id().toString()).toList();
        assertThat(count("SELECT count(*) FROM case_projection WHERE id = ANY (CAST(? AS uuid[]))", ids))
                .isEqualTo(60);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ANY (?)", eventIds))
                .as("each event recorded once").isEqualTo(60);
        assertThat(count("SELECT count(*) FROM case_group WHERE grouping = 'country' AND group_key = '" + country
                + "' AND case_id = ANY (CAST(? AS uuid[]))", ids)).as("cases in the country").isEqualTo(59);
        assertThat(count("SELECT count(*) FROM case_group WHERE grouping = 'country' AND group_key = '" + country
                + "X' AND case_id = ANY (CAST(? AS uuid[]))", ids)).as("the moved case").isEqualTo(1);
    }

    private long count(String sql, List<String> values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", values.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
