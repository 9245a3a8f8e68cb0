package io.revitalization.systemtests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of a service's OpenAPI 3 document (as JSON), its {@code $ref}s to the document's own components
 * resolved: its path, query and header parameters and, when it takes one, a JSON body to start from (the largest of
 * the documented examples, or one made from the schema).
 */
public record OpenApiOperation(String service, String method, String path, List<Parameter> parameters,
        Optional<Body> body) {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Set<String> PARAMETER_PLACES = Set.of("path", "query", "header");
    private static final int DEPTH = 6;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A parameter with a value that names something that may exist (its example), if the document gives one. */
    public record Parameter(String name, String in, Optional<String> example) {
    }

    /** The media types the body may have and a body to start from. */
    public record Body(List<String> mediaTypes, JsonNode example) {
    }

    public static List<OpenApiOperation> read(String service, JsonNode document) {
        List<OpenApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : iterable(document.path("paths"))) {
            for (Map.Entry<String, JsonNode> operation : iterable(path.getValue())) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>();
                path.getValue().path("parameters").forEach(declared::add);
                operation.getValue().path("parameters").forEach(declared::add);
                for (JsonNode parameter : declared) {
                    JsonNode resolved = resolve(document, parameter);
                    if (PARAMETER_PLACES.contains(resolved.path("in").asText())) {
                        parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                                example(document, resolved).filter(JsonNode::isValueNode).map(JsonNode::asText)));
                    }
                }
                operations.add(new OpenApiOperation(service, operation.getKey().toUpperCase(), path.getKey(),
                        parameters, body(document, operation.getValue().path("requestBody"))));
            }
        }
        return operations;
    }

    private static Optional<Body> body(JsonNode document, JsonNode requestBody) {
        JsonNode content = resolve(document, requestBody).path("content");
        JsonNode json = content.path("application/json");
        if (json.isMissingNode()) {
            return Optional.empty();
        }
        List<String> mediaTypes = new ArrayList<>();
        content.fieldNames().forEachRemaining(mediaTypes::add);
        JsonNode largest = null;
        List<JsonNode> examples = new ArrayList<>();
        if (json.has("example")) {
            examples.add(json.get("example"));
        }
        json.path("examples").forEach(example -> examples.add(resolve(document, example).path("value")));
        for (JsonNode example : examples) {
            if (!example.isMissingNode() && (largest == null || example.toString().length() > largest.toString().length())) {
                largest = example;
            }
        }
        return Optional.of(new Body(mediaTypes, largest != null ? largest : instance(document, json.path("schema"), 0)));
    }

    private static Optional<JsonNode> example(JsonNode document, JsonNode node) {
        if (node.has("example")) {
            return Optional.of(node.get("example"));
        }
        if (node.path("examples").isArray() && !node.path("examples").isEmpty()) {
            return Optional.of(node.path("examples").get(0));
        }
        if (node.path("examples").isObject() && !node.path("examples").isEmpty()) {
            return Optional.of(resolve(document, node.path("examples").elements().next()).path("value"));
        }
        if (node.has("schema")) {
            return example(document, resolve(document, node.get("schema")));
        }
        return Optional.empty();
    }

    /** A value of the schema: its example, else its first enum value, else one of its type. */
    private static JsonNode instance(JsonNode document, JsonNode schemaOrRef, int depth) {
        JsonNode schema = resolve(document, schemaOrRef);
        Optional<JsonNode> example = example(document, schema);
        if (example.isPresent()) {
            return example.get();
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0);
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.path(combined).isArray() && !schema.path(combined).isEmpty()) {
                return instance(document, schema.path(combined).get(0), depth);
            }
        }
        String type = type(schema);
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < DEPTH) {
                    schema.path("properties").fields().forEachRemaining(property ->
                            object.set(property.getKey(), instance(document, property.getValue(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < DEPTH) {
                    array.add(instance(document, schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer", "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode(switch (schema.path("format").asText()) {
                    case "uuid" -> "00000000-0000-4000-8000-000000000000";
                    case "date" -> "2025-06-01";
                    case "date-time" -> "2025-06-01T00:00:00Z";
                    case "uri", "url" -> "https://example.org/";
                    default -> "fuzz";
                });
            }
        }
    }

    /** OpenAPI 3.1 allows a list of types ({@code ["string", "null"]}): the first that is not null. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode resolved = node;
        for (int hops = 0; resolved.has("$ref") && hops < 10; hops++) {
            String ref = resolved.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                break;
            }
            resolved = document.at(ref.substring(1));
        }
        return resolved;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
