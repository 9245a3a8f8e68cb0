package io.revitalization.gateway.edge.routing;

import io.revitalization.gateway.edge.caching.ResponseCache;
import io.revitalization.gateway.edge.web.PathPrefixes;
import io.vertx.ext.web.proxy.handler.ProxyHandler;

import java.util.List;
import java.util.Optional;

/**
 * A service behind the gateway: the path prefixes it owns, its proxy, the proxy to its OpenAPI document, and the
 * answers of it the gateway keeps (for a service with a change stream).
 */
public record Upstream(String name, List<String> prefixes, ProxyHandler api, ProxyHandler openApiDocument,
                       Optional<ResponseCache> cache) {

    /** {@code /api/v1/cases} serves {@code /api/v1/cases} and everything below it, not {@code /api/v1/casesX}. */
    public boolean serves(String path) {
        return PathPrefixes.cover(prefixes, path);
    }
}
