package io.revitalization.testsupport;

/** JMX view of the test JVM's PostgreSQL server (see {@code SharedServers}); not for use in tests. */
public interface SharedPostgresMBean {

    int getPort();
}
