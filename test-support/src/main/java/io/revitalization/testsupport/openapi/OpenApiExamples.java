package io.revitalization.testsupport.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every example of an OpenAPI 3.1 document checked against its schema (JSON Schema 2020-12, formats asserted):
 * the examples of request bodies, responses and parameters (inline or {@code $ref}s to components.examples) and
 * those of the component schemas themselves. A schema's {@code $ref}s are resolved in the document.
 */
public final class OpenApiExamples {
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final String EXAMPLES_PREFIX = "#/components/examples/";

    private OpenApiExamples() {
    }

    /** One line per invalid example: where it is, and what is wrong with it. Empty when all are valid. */
    public static List<String> violations(JsonNode document) {
        List<String> violations = new ArrayList<>();
        JsonNode components = document.path("components");
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String at = operation.getKey().toUpperCase() + " " + path.getKey();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    check(document, parameter, parameter.path("schema"),
                            at + " parameter " + parameter.path("name").asText(), violations);
                }
                for (Map.Entry<String, JsonNode> media : operation.getValue().path("requestBody").path("content").properties()) {
                    check(document, media.getValue(), media.getValue().path("schema"),
                            at + " request " + media.getKey(), violations);
                }
                for (Map.Entry<String, JsonNode> response : operation.getValue().path("responses").properties()) {
                    for (Map.Entry<String, JsonNode> media : response.getValue().path("content").properties()) {
                        check(document, media.getValue(), media.getValue().path("schema"),
                                at + " " + response.getKey() + " " + media.getKey(), violations);
                    }
                }
            }
        }
        for (Map.Entry<String, JsonNode> schema : components.path("schemas").properties()) {
            int index = 0;
            for (JsonNode example : schema.getValue().path("examples")) {
                validate(document, schema.getValue(), example,
                        "schema " + schema.getKey() + " example " + index++, violations);
            }
        }
        return violations;
    }

    /**
     * The examples of a media type or a parameter ({@code example}, {@code examples}) against its schema. Bodies
     * that are not one JSON value (CSV, NDJSON) are text, so their examples are left out.
     */
    private static void check(JsonNode document, JsonNode holder, JsonNode schema, String at, List<String> violations) {
        boolean text = at.contains(" text/") || at.contains("ndjson");
        if (text) {
            return;
        }
        if (holder.has("example")) {
            validate(document, schema, holder.get("example"), at + " example", violations);
        }
        for (Map.Entry<String, JsonNode> example : holder.path("examples").properties()) {
            JsonNode value = example.getValue();
            String ref = value.path("$ref").asText("");
            if (ref.startsWith(EXAMPLES_PREFIX)) {
                value = document.path("components").path("examples").path(ref.substring(EXAMPLES_PREFIX.length()));
                if (value.isMissingNode()) {
                    violations.add(at + " example '" + example.getKey() + "': " + ref + " does not exist");
                    continue;
                }
            }
            if (value.has("value")) {
                validate(document, schema, value.get("value"), at + " example '" + example.getKey() + "'", violations);
            }
        }
    }

    private static void validate(JsonNode document, JsonNode schema, JsonNode example, String at,
                                 List<String> violations) {
        if (schema.isMissingNode()) {
            violations.add(at + ": has no schema to be checked against");
            return;
        }
        if (!schema.isObject()) {
            return;
        }
        ObjectNode rooted = ((ObjectNode) schema).deepCopy();
        // the document's components beside the schema, so that its "#/components/schemas/…" references resolve
        rooted.set("components", document.path("components"));
        JsonSchema compiled = SCHEMAS.getSchema(rooted, CONFIG);
        for (ValidationMessage message : compiled.validate(example)) {
            violations.add(at + ": " + message.getMessage());
        }
    }
}
