package io.revitalization.testsupport;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker for a {@code @QuarkusTest}: the JVM's shared broker (or the external one of
 * {@code SUITE_KAFKA_BOOTSTRAP_SERVERS}). Returns {@code kafka.bootstrap.servers} and {@code test.run-id}, a value
 * no other build shares.
 * <p>
 * On a shared external broker two builds would share consumer groups and so steal each other's events. A service
 * therefore names its groups from configuration, and its {@code %test} profile appends the run id, e.g.
 * {@code %test.mp.messaging.incoming.cases.group.id=comparison-service-${test.run-id}}. Topics are shared on an
 * external broker too: tests look for the records of the aggregates they created, never for "the only record".
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static final String RUN_ID = UUID.randomUUID().toString().substring(0, 8);

    @Override
    public Map<String, String> start() {
        return Map.of(
                "kafka.bootstrap.servers", SharedServers.kafkaBootstrapServers(),
                "test.run-id", RUN_ID);
    }

    /** kill -9 of the broker, for fault tests: what it has not yet written to its log files is lost. */
    public static void killBroker() {
        SharedServers.kafka("kill");
    }

    /** Starts the broker again on the same port with the same data, e.g. after {@link #killBroker()}. */
    public static void restartBroker() {
        SharedServers.kafka("restart");
    }

    /** The broker outlives each test class: other classes of this JVM use it too. */
    @Override
    public void stop() {
        // stopped at JVM exit
    }
}
