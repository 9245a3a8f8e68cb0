package io.revitalization.gateway.edge.limits;

import io.revitalization.gateway.config.GatewayConfig;
import io.revitalization.gateway.edge.web.ProblemResponses;
import io.revitalization.support.web.PathBodyLimits;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The gateway's request body limits per path prefix ({@code gateway.body-limit.paths}, the longest prefix wins;
 * {@code gateway.body-limit.default-size} otherwise), answered with the gateway's problem responses.
 */
public class BodyLimitsProducer {

    @Produces
    @Singleton
    PathBodyLimits bodyLimits(GatewayConfig config, ProblemResponses problems) {
        return new PathBodyLimits(config.bodyLimit().defaultSize().asLongValue(),
                config.bodyLimit().paths().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, path -> path.getValue().asLongValue())),
                problems::send);
    }
}
