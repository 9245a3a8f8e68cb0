package io.revitalization.gateway.edge.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.revitalization.gateway.app.ApiKeyService;
import io.revitalization.gateway.app.KeyIssuedNotification;
import io.revitalization.gateway.app.KeyRevokedNotification;
import io.revitalization.gateway.app.KeySecrets;
import io.revitalization.gateway.app.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The active keys by hash, in memory, so that checking a key on the event loop costs one SHA-256 and one map
 * lookup and never waits for the database. Loaded at start, changed right after every commit of this gateway's
 * admin API, and reloaded on a timer for keys issued or revoked through another gateway instance.
 */
@ApplicationScoped
public class KeyDirectory {
    private static final Logger LOG = Logger.getLogger(KeyDirectory.class);

    private final ApiKeyService keys;
    private volatile Map<String, ActiveKey> byHash = Map.of();

    public KeyDirectory(ApiKeyService keys) {
        this.keys = keys;
    }

    public Optional<ActiveKey> find(String presentedKey) {
        return Optional.ofNullable(byHash.get(KeySecrets.hash(presentedKey)));
    }

    /** Runs after the bootstrap key is stored (lower priority values run first). */
    void loadAtStart(@Observes @Priority(StartupOrder.LOAD_KEYS) StartupEvent start) {
        reload();
    }

    synchronized void addAfterIssue(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                                    KeyIssuedNotification issued) {
        Map<String, ActiveKey> next = new HashMap<>(byHash);
        next.put(issued.key().keyHash, ActiveKey.of(issued.key()));
        byHash = Map.copyOf(next);
    }

    synchronized void removeAfterRevoke(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                                        KeyRevokedNotification revoked) {
        Map<String, ActiveKey> next = new HashMap<>(byHash);
        next.values().removeIf(key -> key.id().equals(revoked.id()));
        byHash = Map.copyOf(next);
    }

    @Scheduled(every = "${gateway.keys.refresh-interval}", delayed = "${gateway.keys.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reloadPeriodically() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.warnf("could not reload the API keys (%s); the gateway keeps the keys it holds", e.getMessage());
        }
    }

    /**
     * Reads under the lock: a key issued while the database is being read is added after this reload, never
     * overwritten by a snapshot taken before its commit.
     */
    public synchronized void reload() {
        byHash = keys.active().stream()
                .collect(Collectors.toUnmodifiableMap(key -> key.keyHash, ActiveKey::of, (a, b) -> a));
    }
}
