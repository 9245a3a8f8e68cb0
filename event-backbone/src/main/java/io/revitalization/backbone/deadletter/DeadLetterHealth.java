package io.revitalization.backbone.deadletter;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.sql.SQLException;
import java.util.Map;

/**
 * The {@code dead-letters} check, in a health group of its own ({@code /q/health/group/dead-letters}): DOWN while
 * any dead letter waits, with the count per topic. Not a readiness check on purpose: a service with dead letters
 * serves and consumes as before, and taking it out of rotation or restarting it mends nothing.
 */
@HealthGroup(DeadLetterHealth.GROUP)
@ApplicationScoped
public class DeadLetterHealth implements HealthCheck {
    public static final String GROUP = "dead-letters";

    private final DeadLetterCounts counts;

    public DeadLetterHealth(DeadLetterCounts counts) {
        this.counts = counts;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(GROUP);
        try {
            Map<String, Long> waiting = counts.waitingByTopic();
            long total = waiting.values().stream().mapToLong(Long::longValue).sum();
            response.status(total == 0).withData("waiting", total);
            waiting.forEach(response::withData);
        } catch (SQLException e) {
            response.down().withData("error", "the dead letters could not be read: " + e.getMessage());
        }
        return response.build();
    }
}
