package io.revitalization.gateway.seed;

import io.quarkus.runtime.StartupEvent;
import io.revitalization.gateway.app.ApiKeyService;
import io.revitalization.gateway.app.StartupOrder;
import io.revitalization.gateway.config.GatewayConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Stores the admin key given as {@code gateway.bootstrap-admin-key} (or {@code GATEWAY_BOOTSTRAP_ADMIN_KEY}) at
 * start when no active admin key exists, so that the first admin can issue every other key.
 */
@ApplicationScoped
public class GatewaySeedLoader {
    private static final Logger LOG = Logger.getLogger(GatewaySeedLoader.class);
    /** 128 bits in the base64 alphabet. */
    static final int MIN_LENGTH = 22;

    private final GatewayConfig config;
    private final ApiKeyService keys;

    public GatewaySeedLoader(GatewayConfig config, ApiKeyService keys) {
        this.config = config;
        this.keys = keys;
    }

    void storeAtStart(@Observes @Priority(StartupOrder.BOOTSTRAP_ADMIN) StartupEvent start) {
        config.bootstrapAdminKey().filter(key -> !key.isBlank()).ifPresent(key -> {
            if (key.length() < MIN_LENGTH) {
                throw new IllegalStateException("gateway.bootstrap-admin-key must be at least " + MIN_LENGTH
                        + " characters long (128 random bits); generate one with: openssl rand -base64 32");
            }
            if (keys.bootstrapAdmin(key)) {
                LOG.info("stored the configured bootstrap admin key (no active admin key existed)");
            }
        });
    }
}
