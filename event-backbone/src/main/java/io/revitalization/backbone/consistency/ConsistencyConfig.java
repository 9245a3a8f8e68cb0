package io.revitalization.backbone.consistency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** How a service honours an {@code X-Consistency-Token} (docs/architecture.md, "Reading your own writes"). */
@ConfigMapping(prefix = "consistency")
public interface ConsistencyConfig {
    /** How long a request carrying a token waits for this service to catch up before it is answered 503. */
    @WithDefault("5s")
    Duration maxWait();

    /** How often a waiting request looks again whether the events it waits for have been applied. */
    @WithDefault("25ms")
    Duration pollInterval();

    /**
     * The topics this service's consumers read; a token's events on other topics are not waited for. None (the
     * default, e.g. cases-service) means a token never makes a request wait.
     */
    Optional<Set<String>> topics();
}
