package io.revitalization.testsupport;

import java.io.IOException;

/** JMX view of the test JVM's Kafka broker (see {@code SharedServers}); not for use in tests. */
public interface SharedKafkaMBean {

    String getBootstrapServers();

    void kill();

    void restart() throws IOException;
}
