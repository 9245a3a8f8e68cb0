package io.revitalization.localstack;

import java.util.ArrayDeque;
import java.util.Deque;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JVM shutdown hook that stops whatever is still running, newest first: the services before Kafka before
 * PostgreSQL, and a failed build or a Ctrl-C never leaves a child process behind.
 */
final class ShutdownHooks {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownHooks.class);
    private static final Deque<AutoCloseable> RUNNING = new ArrayDeque<>();
    private static boolean hookInstalled;

    private ShutdownHooks() {
    }

    static synchronized void register(AutoCloseable resource) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownHooks::closeAll, "local-stack-shutdown"));
            hookInstalled = true;
        }
        RUNNING.remove(resource);
        RUNNING.push(resource);
    }

    static synchronized void unregister(AutoCloseable resource) {
        RUNNING.remove(resource);
    }

    private static synchronized AutoCloseable newest() {
        return RUNNING.poll();
    }

    private static void closeAll() {
        for (AutoCloseable resource = newest(); resource != null; resource = newest()) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Could not stop {} on shutdown", resource, e);
            }
        }
    }
}
