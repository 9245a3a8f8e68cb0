package io.revitalization.backbone.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dead_letters_waiting{topic}}: dead letters waiting for an operator, read from the table at each scrape; one
 * series for every topic this service consumes (0 while none wait) and for any topic a dead letter came from. NaN
 * while the database cannot be read.
 */
@ApplicationScoped
public class DeadLetterGauges {
    private static final Logger LOG = Logger.getLogger(DeadLetterGauges.class);
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.(.+)\\.topic");

    private final DeadLetterCounts counts;
    private final DeadLetterStore store;
    private final MeterRegistry meters;
    private final Config config;

    public DeadLetterGauges(DeadLetterCounts counts, DeadLetterStore store, MeterRegistry meters, Config config) {
        this.counts = counts;
        this.store = store;
        this.meters = meters;
        this.config = config;
    }

    void register(@Observes StartupEvent startup) {
        Set<String> topics = new TreeSet<>(store.topics());
        for (String name : config.getPropertyNames()) {
            Matcher incoming = INCOMING_TOPIC.matcher(name);
            if (incoming.matches()) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
        topics.forEach(this::register);
    }

    void onKept(@Observes DeadLetterStore.DeadLetterKept kept) {
        register(kept.topic());
    }

    private void register(String topic) {
        // registering a gauge that exists already returns the existing one
        Gauge.builder("dead.letters.waiting", () -> waiting(topic)).tag("topic", topic)
                .description("dead letters waiting to be replayed or discarded").strongReference(true)
                .register(meters);
    }

    private double waiting(String topic) {
        try {
            return counts.waiting(topic);
        } catch (SQLException e) {
            LOG.debugf("the dead letters could not be read for their metric: %s", e.getMessage());
            return Double.NaN;
        }
    }
}
