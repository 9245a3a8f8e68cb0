package io.revitalization.gateway.edge.web;

import java.util.List;

/** Path prefixes as the gateway's configuration names them. */
public final class PathPrefixes {
    private PathPrefixes() {
    }

    /**
     * Whether the path is one of the prefixes or below one of them: {@code /api/v1/cases} covers
     * {@code /api/v1/cases} and everything below it, not {@code /api/v1/casesX}.
     */
    public static boolean cover(List<String> prefixes, String path) {
        for (String prefix : prefixes) {
            if (covers(prefix, path)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the path is the prefix or below it. */
    public static boolean covers(String prefix, String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }
}
