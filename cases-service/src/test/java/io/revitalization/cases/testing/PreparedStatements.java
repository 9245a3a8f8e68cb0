package io.revitalization.cases.testing;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SQL statements Hibernate prepares (one per statement sent, one per JDBC batch), recorded while a test
 * watches, with the thread that prepared each: the statements of one request are those of its thread.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class PreparedStatements implements StatementInspector {
    private final List<Prepared> recorded = new CopyOnWriteArrayList<>();
    private volatile boolean watching;

    public record Prepared(long thread, String sql) {
    }

    @Override
    public String inspect(String sql) {
        if (watching) {
            recorded.add(new Prepared(Thread.currentThread().getId(), sql));
        }
        return sql;
    }

    /** What was prepared while {@code action} ran, on any thread. */
    public List<Prepared> during(Runnable action) {
        recorded.clear();
        watching = true;
        try {
            action.run();
        } finally {
            watching = false;
        }
        return List.copyOf(recorded);
    }
}
