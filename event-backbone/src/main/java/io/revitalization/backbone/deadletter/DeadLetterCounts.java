package io.revitalization.backbone.deadletter;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** How many dead letters wait, per topic, read straight from the table (for the metric and the health check). */
@ApplicationScoped
public class DeadLetterCounts {
    private final DataSource dataSource;

    public DeadLetterCounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long waiting(String topic) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM dead_letter WHERE state = 'waiting' AND topic = ?")) {
            statement.setString(1, topic);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    public Map<String, Long> waitingByTopic() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT topic, count(*) FROM dead_letter WHERE state = 'waiting' GROUP BY topic");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                counts.put(result.getString(1), result.getLong(2));
            }
        }
        return counts;
    }
}
