package io.revitalization.support.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Request body limits of a service (see {@link BodyLimits}). */
@ConfigMapping(prefix = "body-limits")
public interface BodyLimitsConfig {

    /** The limit of every path but the bulk ones. */
    @WithDefault("1M")
    MemorySize defaultSize();

    /**
     * Bulk paths (imports), which take up to {@code quarkus.http.limits.max-body-size}: as much as the gateway lets
     * through to them.
     */
    Optional<List<String>> bulkPaths();
}
