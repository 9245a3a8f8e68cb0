package io.revitalization.cases.app;

import java.net.URI;
import java.net.URISyntaxException;

/** Links to sources must be absolute http(s) URLs. */
final class Urls {
    static final String EXPECTED = "must be an absolute http or https URL";

    private Urls() {
    }

    static boolean isHttp(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
