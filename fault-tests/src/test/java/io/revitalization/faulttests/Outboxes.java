package io.revitalization.faulttests;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.revitalization.localstack.PostgresEndpoint;

/**
 * The services' outbox tables, read and (for cases-service) held from the outside. A hold is a trigger that turns
 * the relay's claim of a row into a no-op, so the relay finds nothing to publish: the rows stay committed and
 * unpublished, exactly as after a commit whose relay never got to run. Releasing it drops the trigger; nothing else
 * in the table is touched.
 */
final class Outboxes {

    /** An unpublished row: its event id, type and aggregate. */
    record Row(UUID id, String type, String aggregateId) {
    }

    private static final String HOLD = "fault_test_hold_outbox";

    private final PostgresEndpoint postgres;

    Outboxes(PostgresEndpoint postgres) {
        this.postgres = postgres;
    }

    void hold(String database) throws SQLException {
        try (Connection connection = postgres.connect(database); Statement sql = connection.createStatement()) {
            sql.execute("CREATE FUNCTION " + HOLD + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$");
            sql.execute("CREATE TRIGGER " + HOLD + " BEFORE UPDATE ON outbox_message FOR EACH ROW"
                    + " WHEN (NEW.claimed_until IS NOT NULL) EXECUTE FUNCTION " + HOLD + "()");
        }
    }

    void release(String database) throws SQLException {
        try (Connection connection = postgres.connect(database); Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER " + HOLD + " ON outbox_message");
            sql.execute("DROP FUNCTION " + HOLD + "()");
        }
    }

    List<Row> unpublished(String database) throws SQLException {
        try (Connection connection = postgres.connect(database); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(
                     "SELECT id, type, aggregate_id FROM outbox_message WHERE published_at IS NULL ORDER BY seq")) {
            List<Row> unpublished = new ArrayList<>();
            while (rows.next()) {
                unpublished.add(new Row(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3)));
            }
            return unpublished;
        }
    }

    long stillUnpublished(String database, Collection<Row> rows) throws SQLException {
        try (Connection connection = postgres.connect(database); PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM outbox_message WHERE published_at IS NULL AND id = ANY (?)")) {
            Array ids = connection.createArrayOf("uuid", rows.stream().map(Row::id).toArray());
            query.setArray(1, ids);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
