package io.revitalization.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** API keys for the load, issued with the admin key and their own rate limit at the highest the gateway allows. */
final class Keys {

    private static final int HIGHEST_RATE = 100_000;

    private Keys() {
    }

    static String curator(Http http, String gateway, String adminKey) {
        return issue(http, gateway, adminKey, "curator", null);
    }

    static String partner(Http http, String gateway, String adminKey, String institution) {
        return issue(http, gateway, adminKey, "partner", institution);
    }

    private static String issue(Http http, String gateway, String adminKey, String role, String institution) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("label", "benchmark " + role + " (synthetic benchmark data)");
        request.put("role", role);
        if (institution != null) {
            request.put("institution", institution);
        }
        request.put("requestsPerSecond", HIGHEST_RATE);
        return http.postJson(gateway + "/api/v1/admin/keys", adminKey, request).requireOk("issuing a " + role + " key")
                .json().get("key").asText();
    }
}
