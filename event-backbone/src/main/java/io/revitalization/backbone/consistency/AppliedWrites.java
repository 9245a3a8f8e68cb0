package io.revitalization.backbone.consistency;

import io.agroal.api.AgroalDataSource;
import io.revitalization.support.persistence.NativeStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** How many events of each write this service's consumers have applied, per topic. */
@ApplicationScoped
public class AppliedWrites {
    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;

    public AppliedWrites(EntityManager entityManager, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** An applied event of a write, as a consumer counts it. */
    public record Applied(UUID write, String topic) {
    }

    /** Counts the events in the transaction of their effect; rows in one order, so two batches never deadlock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void count(Collection<Applied> applied) {
        if (applied.isEmpty()) {
            return;
        }
        Map<String, Integer> counts = new TreeMap<>();
        applied.forEach(event -> counts.merge(event.write() + " " + event.topic(), 1, Integer::sum));
        NativeStatements.change(entityManager, entityManager.createNativeQuery("""
                        INSERT INTO applied_write (write_id, topic, events)
                        SELECT CAST(split_part(key, ' ', 1) AS uuid), split_part(key, ' ', 2), count
                        FROM unnest(CAST(:keys AS text[]), CAST(:counts AS int[])) AS applied (key, count)
                        ON CONFLICT (write_id, topic) DO UPDATE
                        SET events = applied_write.events + EXCLUDED.events, applied_at = now()""")
                .setParameter("keys", counts.keySet().toArray(String[]::new))
                .setParameter("counts", counts.values().toArray(Integer[]::new)), "applied_write");
    }

    /** Whether every event the tokens name has been applied here (a blocking query: call it off the event loop). */
    boolean caughtUp(List<ConsistencyToken> tokens) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT events FROM applied_write WHERE write_id = ? AND topic = ?")) {
            for (ConsistencyToken token : tokens) {
                for (Map.Entry<String, Integer> expected : token.events().entrySet()) {
                    query.setObject(1, token.write());
                    query.setString(2, expected.getKey());
                    try (ResultSet row = query.executeQuery()) {
                        if (!row.next() || row.getInt(1) < expected.getValue()) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }
    }
}
