package io.revitalization.gateway.edge.streams;

import io.revitalization.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the change streams open at this gateway instance, per caller (an API key, or the client address of an
 * anonymous caller), per client address and in total, and refuses one more above a cap. Streams are opened and
 * closed rarely compared with requests, so one lock over the three counts is cheap and keeps them consistent.
 */
@ApplicationScoped
public class StreamCaps {
    private final GatewayConfig.ChangeStreams config;
    private final Map<String, Integer> byCaller = new HashMap<>();
    private final Map<String, Integer> byAddress = new HashMap<>();
    private int total;

    @Inject
    public StreamCaps(GatewayConfig config) {
        this(config.changeStreams());
    }

    StreamCaps(GatewayConfig.ChangeStreams config) {
        this.config = config;
    }

    /**
     * Takes a place for one more stream of this caller from this address.
     *
     * @return empty when taken (give it back with {@link #release}), else whose cap is reached
     */
    public synchronized Optional<String> take(String caller, String address) {
        if (total >= config.total()) {
            return Optional.of("this gateway's " + config.total() + " change streams are all open");
        }
        if (byAddress.getOrDefault(address, 0) >= config.perAddress()) {
            return Optional.of("your address has " + config.perAddress() + " change streams open");
        }
        if (byCaller.getOrDefault(caller, 0) >= config.perCaller()) {
            return Optional.of((caller.startsWith(ChangeStreams.ANONYMOUS) ? "anonymous callers at your address have "
                    : "this API key has ") + config.perCaller() + " change streams open");
        }
        total++;
        byAddress.merge(address, 1, Integer::sum);
        byCaller.merge(caller, 1, Integer::sum);
        return Optional.empty();
    }

    public synchronized void release(String caller, String address) {
        total--;
        byAddress.computeIfPresent(address, (a, open) -> open > 1 ? open - 1 : null);
        byCaller.computeIfPresent(caller, (c, open) -> open > 1 ? open - 1 : null);
    }

    /** Streams open now, for tests and logs. */
    public synchronized int open() {
        return total;
    }
}
