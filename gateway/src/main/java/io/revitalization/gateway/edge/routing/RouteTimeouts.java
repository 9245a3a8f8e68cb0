package io.revitalization.gateway.edge.routing;

import io.revitalization.gateway.config.GatewayConfig;
import io.revitalization.gateway.edge.web.PathPrefixes;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** How long a service may stay silent on a request: the timeout of the longest prefix covering its path, or its own. */
record RouteTimeouts(Duration fallback, List<Map.Entry<String, Duration>> byLongestPrefix) {

    static RouteTimeouts of(GatewayConfig.Service service) {
        return new RouteTimeouts(service.timeout(), service.pathTimeouts().entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt((Map.Entry<String, Duration> entry) -> entry.getKey().length())
                        .reversed())
                .toList());
    }

    Duration forPath(String path) {
        for (Map.Entry<String, Duration> prefix : byLongestPrefix) {
            if (PathPrefixes.covers(prefix.getKey(), path)) {
                return prefix.getValue();
            }
        }
        return fallback;
    }
}
