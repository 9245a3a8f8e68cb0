package io.revitalization.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** API keys for the load, issued with the admin key and their own rate limit at the highest the gateway allows. */
final class Keys {

    private static final int HIGHEST_RATE = 100_000;

    private Keys() {
    }

    /** Labelled as the synthetic codings' coder: a curator codes as itself, its key's label. */
    static String curator(Http http, String gateway, String adminKey) {
        return issue(http, gateway, adminKey, "curator", SyntheticData.CODER, null);
    }

    static String partner(Http http, String gateway, String adminKey, String institution) {
        return issue(http, gateway, adminKey, "partner", "benchmark partner (synthetic benchmark data)", institution);
    }

    private static String issue(Http http, String gateway, String adminKey, String role, String label,
                                String institution) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("label", label);
        request.put("role", role);
        if (institution != null) {
            request.put("institution", institution);
        }
        request.put("requestsPerSecond", HIGHEST_RATE);
        return http.postJson(gateway + "/api/v1/admin/keys", adminKey, request).requireOk("issuing a " + role + " key")
                .json().get("key").asText();
    }
}
