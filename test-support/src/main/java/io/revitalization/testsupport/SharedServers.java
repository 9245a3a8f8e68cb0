package io.revitalization.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Optional;

import javax.management.JMException;
import javax.management.MBeanException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

import io.revitalization.localstack.ExternalPostgres;
import io.revitalization.localstack.ExternalServers;
import io.revitalization.localstack.KafkaBroker;
import io.revitalization.localstack.PostgresEndpoint;
import io.revitalization.localstack.PostgresServer;

/**
 * One PostgreSQL server and one Kafka broker per test JVM, started on first use and stopped when the JVM exits
 * (local-stack registers a shutdown hook for each), unless the environment names external ones
 * ({@link ExternalServers}).
 * <p>
 * Each Quarkus application of a test run (one per test profile) loads this class in its own class loader, so a
 * static field would start the servers again for every profile. The servers are therefore registered in the
 * JVM-wide platform MBean server, where every class loader finds them and, for fault tests, can kill and restart
 * the broker.
 */
final class SharedServers {

    private static final MBeanServer JMX = ManagementFactory.getPlatformMBeanServer();
    private static final ObjectName POSTGRES = objectName("Postgres");
    private static final ObjectName KAFKA = objectName("Kafka");

    private SharedServers() {
    }

    static synchronized PostgresEndpoint postgres() {
        Optional<ExternalPostgres> external = ExternalServers.fromEnvironment().postgres();
        if (external.isPresent()) {
            return external.get();
        }
        if (!JMX.isRegistered(POSTGRES)) {
            PostgresServer server = start(() -> PostgresServer.start(null, 0));
            register(POSTGRES, new StandardMBean((SharedPostgresMBean) server::port, SharedPostgresMBean.class, false));
        }
        int port = (Integer) call(POSTGRES, "Port", null);
        // the embedded server seen from any class loader: its address, user postgres, trust authentication
        return new ExternalPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "postgres");
    }

    static boolean externalPostgres() {
        return ExternalServers.fromEnvironment().postgres().isPresent();
    }

    static synchronized String kafkaBootstrapServers() {
        Optional<String> external = ExternalServers.fromEnvironment().kafkaBootstrapServers();
        if (external.isPresent()) {
            return external.get();
        }
        if (!JMX.isRegistered(KAFKA)) {
            KafkaBroker broker = start(() -> KafkaBroker.start(null, 0));
            register(KAFKA, new StandardMBean(control(broker), SharedKafkaMBean.class, false));
        }
        return (String) call(KAFKA, "BootstrapServers", null);
    }

    /** {@code kill} or {@code restart} the shared broker. */
    static void kafka(String operation) {
        if (ExternalServers.fromEnvironment().kafkaBootstrapServers().isPresent()) {
            throw new IllegalStateException("Kafka is external (SUITE_KAFKA_BOOTSTRAP_SERVERS): a test cannot " + operation + " it");
        }
        if (!JMX.isRegistered(KAFKA)) {
            throw new IllegalStateException("No Kafka broker runs in this test JVM: is KafkaResource a test resource?");
        }
        call(KAFKA, null, operation);
    }

    private static SharedKafkaMBean control(KafkaBroker broker) {
        return new SharedKafkaMBean() {
            @Override
            public String getBootstrapServers() {
                return broker.bootstrapServers();
            }

            @Override
            public void kill() {
                broker.kill();
            }

            @Override
            public void restart() throws IOException {
                broker.restart();
            }
        };
    }

    private static Object call(ObjectName server, String attribute, String operation) {
        try {
            return attribute != null ? JMX.getAttribute(server, attribute) : JMX.invoke(server, operation, null, null);
        } catch (MBeanException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } catch (JMException e) {
            throw new IllegalStateException("Could not reach the shared server " + server, e);
        }
    }

    private static void register(ObjectName name, StandardMBean server) {
        try {
            JMX.registerMBean(server, name);
        } catch (JMException e) {
            throw new IllegalStateException("Could not register " + name, e);
        }
    }

    private static <T> T start(Starter<T> starter) {
        try {
            return starter.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectName objectName(String type) {
        try {
            return new ObjectName("io.revitalization.testsupport:type=Shared" + type);
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Starter<T> {
        T start() throws IOException;
    }
}
