package io.revitalization.gateway.config;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * One event loop per core ({@code quarkus.vertx.event-loops-pool-size}), as nginx's {@code worker_processes auto},
 * instead of Quarkus's two per core. The gateway's event loops never block, so a second loop per core only splits
 * the connections into smaller batches per wake-up and adds thread switches: on 2 cores, forwarding with 2 loops
 * carried about a fifth more requests per CPU second than with 4 (docs/gateway.md, "What it costs"). Below
 * application.properties, the environment and system properties, which can still set it.
 */
public final class EventLoopPerCore implements ConfigSource {
    static final String EVENT_LOOPS = "quarkus.vertx.event-loops-pool-size";
    private static final int ORDINAL = 200;

    private final Map<String, String> properties =
            Map.of(EVENT_LOOPS, Integer.toString(Runtime.getRuntime().availableProcessors()));

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String name) {
        return properties.get(name);
    }

    @Override
    public String getName() {
        return "gateway: one event loop per core";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
