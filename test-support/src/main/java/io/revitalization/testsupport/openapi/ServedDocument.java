package io.revitalization.testsupport.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/** The OpenAPI document the application under test serves ({@code /q/openapi}), and what it asks of a client. */
public final class ServedDocument {
    private static final Set<String> READS = Set.of("get", "head", "options");
    private static final Set<String> METHODS = Set.of("get", "head", "options", "put", "post", "delete", "patch",
            "trace");

    private ServedDocument() {
    }

    public static JsonNode read() {
        try {
            return new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                    .then().statusCode(200).extract().asString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
    }

    /**
     * The operations a client may not call without the gateway's API key ({@code X-API-Key} or
     * {@code Authorization: ApiKey}) but whose document does not say so: every write must require one of the two,
     * and no operation may ask for anything else. The admin API asks for the same two headers under its own schemes
     * ({@code adminKey}, {@code adminKeyAuthorization}) on every operation, reads included.
     */
    public static List<String> operationsNotAskingForTheKey(JsonNode document) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String at = operation.getKey().toUpperCase() + " " + path.getKey();
                boolean admin = path.getKey().contains("/admin/");
                Set<String> schemes = admin ? Set.of("adminKey", "adminKeyAuthorization")
                        : Set.of("apiKey", "apiKeyAuthorization");
                JsonNode security = operation.getValue().path("security");
                boolean anonymous = false;
                boolean key = false;
                for (JsonNode requirement : security) {
                    anonymous |= requirement.isEmpty();
                    key |= schemes.stream().anyMatch(requirement::has);
                    requirement.fieldNames().forEachRemaining(scheme -> {
                        if (!schemes.contains(scheme)) {
                            wrong.add(at + ": asks for " + scheme);
                        }
                    });
                }
                if (!key || anonymous && (admin || !READS.contains(operation.getKey()))) {
                    wrong.add(at + ": security " + security);
                }
            }
        }
        return wrong;
    }
}
