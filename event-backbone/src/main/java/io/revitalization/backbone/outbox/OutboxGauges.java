package io.revitalization.backbone.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What waits in the outbox, read from the table at each scrape of {@code /q/metrics}: {@code outbox_backlog} (rows
 * not yet published) and {@code outbox_oldest_age_seconds} (how long the oldest of them has waited; 0 when none).
 * A backlog that keeps growing, or an age beyond a few seconds, means the relay cannot reach Kafka. Both are NaN
 * while the database cannot be read.
 */
@ApplicationScoped
public class OutboxGauges {
    private static final Logger LOG = Logger.getLogger(OutboxGauges.class);
    private static final String WAITING = """
            SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)), 0)
            FROM outbox_message WHERE published_at IS NULL""";

    private final DataSource dataSource;
    private final MeterRegistry meters;

    public OutboxGauges(DataSource dataSource, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.meters = meters;
    }

    void register(@Observes StartupEvent startup) {
        Gauge.builder("outbox.backlog", this, gauges -> gauges.waiting(1))
                .description("outbox rows not yet published to Kafka").strongReference(true).register(meters);
        Gauge.builder("outbox.oldest.age", this, gauges -> gauges.waiting(2)).baseUnit("seconds")
                .description("how long the oldest unpublished outbox row has waited").strongReference(true)
                .register(meters);
    }

    private double waiting(int column) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(WAITING)) {
            result.next();
            return result.getDouble(column);
        } catch (SQLException e) {
            LOG.debugf("the outbox could not be read for its metrics: %s", e.getMessage());
            return Double.NaN;
        }
    }
}
