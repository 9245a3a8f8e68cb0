package io.revitalization.gateway.routing;

import io.vertx.ext.web.proxy.handler.ProxyHandler;

import java.util.List;

/** A service behind the gateway: the path prefixes it owns, its proxy, and the proxy to its OpenAPI document. */
public record Upstream(String name, List<String> prefixes, ProxyHandler api, ProxyHandler openApiDocument) {

    /** {@code /api/v1/cases} serves {@code /api/v1/cases} and everything below it, not {@code /api/v1/casesX}. */
    public boolean serves(String path) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }
}
