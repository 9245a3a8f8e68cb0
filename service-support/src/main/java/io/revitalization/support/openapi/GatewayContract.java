package io.revitalization.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.revitalization.support.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a client of the suite sends and gets through the gateway, declared in every service's OpenAPI document: the
 * gateway's API key (the services' own bearer tokens are the gateway's business, never a client's), required on
 * every write and optional on reads (a key may read what the public may not), the gateway's server, every error as
 * a problem, and the gateway's 429 with its {@code Retry-After}. The admin API's operations ask for an admin key under
 * schemes of their own (the same headers), so that neither a reader nor a linter takes them for a partner's calls.
 * Run when the document is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class GatewayContract implements OASFilter {
    public static final String API_KEY = "apiKey";
    public static final String API_KEY_AUTHORIZATION = "apiKeyAuthorization";
    public static final String ADMIN_KEY = "adminKey";
    public static final String ADMIN_KEY_AUTHORIZATION = "adminKeyAuthorization";
    /** Where the gateway's admin API lives: only admin keys may call it. */
    public static final String ADMIN_PATHS = "/admin/";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String RETRY_AFTER = "Retry-After";
    static final String TOO_MANY_REQUESTS = "TooManyRequests";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    private static final Set<PathItem.HttpMethod> READS = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS);

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        if (api.getComponents().getSchemas() != null) {
            Map<String, Schema> schemas = new LinkedHashMap<>();
            api.getComponents().getSchemas().forEach((name, schema) -> schemas.put(name, typedByAlternatives(schema)));
            schemas.values().forEach(GatewayContract::optionalMayBeNull);
            api.getComponents().setSchemas(schemas);
        }
        boolean admin = api.getPaths() != null && api.getPaths().getPathItems() != null
                && api.getPaths().getPathItems().keySet().stream().anyMatch(GatewayContract::admin);
        declareComponents(api.getComponents(), admin);
        api.setServers(List.of(OASFactory.createServer().url("/")
                .description("production or local: the gateway that serves this document (./suite up: port 8080)")
                .addExtension("x-internal", false)));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> declare(admin(path), method, operation)));
    }

    public static boolean admin(String path) {
        return path.contains(ADMIN_PATHS);
    }

    private void declare(boolean admin, PathItem.HttpMethod method, Operation operation) {
        boolean write = !READS.contains(method);
        if (admin) {
            operation.setSecurity(new ArrayList<>(List.of(
                    OASFactory.createSecurityRequirement().addScheme(ADMIN_KEY),
                    OASFactory.createSecurityRequirement().addScheme(ADMIN_KEY_AUTHORIZATION))));
        } else if (operation.getSecurity() != null) {
            // what Quarkus derives from @RolesAllowed names the services' own tokens, which clients never send
            List<SecurityRequirement> ours = operation.getSecurity().stream()
                    .filter(requirement -> requirement.getSchemes() == null
                            || Set.of(API_KEY, API_KEY_AUTHORIZATION).containsAll(requirement.getSchemes().keySet()))
                    .toList();
            operation.setSecurity(ours.isEmpty() ? null : new ArrayList<>(ours));
        }
        if (operation.getSecurity() == null) {
            List<SecurityRequirement> security = new ArrayList<>();
            if (!write) {
                security.add(OASFactory.createSecurityRequirement());
            }
            security.add(OASFactory.createSecurityRequirement().addScheme(API_KEY));
            security.add(OASFactory.createSecurityRequirement().addScheme(API_KEY_AUTHORIZATION));
            operation.setSecurity(security);
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getParameters() != null) {
            // a query parameter read as text and declared an integer: Java reads it as a long at most
            operation.getParameters().stream().map(parameter -> parameter.getSchema())
                    .filter(schema -> schema != null && schema.getFormat() == null && schema.getType() != null
                            && schema.getType().contains(Schema.SchemaType.INTEGER))
                    .forEach(schema -> schema.setFormat("int64"));
        }
        APIResponses responses = operation.getResponses();
        // a key the gateway does not know is refused on a read too
        addIfAbsent(responses, "401", UNAUTHORIZED);
        if (write || operation.getSecurity().stream().noneMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty())) {
            addIfAbsent(responses, "403", FORBIDDEN);
        }
        addIfAbsent(responses, "429", TOO_MANY_REQUESTS);
        responses.getAPIResponses().forEach(GatewayContract::problemContent);
    }

    /**
     * Jackson writes an absent value as {@code null} and reads {@code null} as absent, so every property that is not
     * required may be null (OpenAPI 3.1: the type {@code null} beside its own, or {@code anyOf} with a reference).
     */
    private static void optionalMayBeNull(Schema schema) {
        if (schema.getProperties() != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> {
                optionalMayBeNull(property);
                properties.put(name, required.contains(name) ? property : nullable(property));
            });
            schema.setProperties(properties);
        }
        if (schema.getItems() != null) {
            optionalMayBeNull(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            optionalMayBeNull(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> alternatives : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (alternatives != null) {
                alternatives.forEach(GatewayContract::optionalMayBeNull);
            }
        }
    }

    /**
     * A Java type read as one of several JSON types (a year: a number or a string) is scanned as an object, which
     * beside its alternatives would let no value through: it becomes a schema of just its alternatives.
     */
    private static Schema typedByAlternatives(Schema schema) {
        boolean onlyAlternatives = (schema.getProperties() == null || schema.getProperties().isEmpty())
                && (schema.getOneOf() != null || schema.getAnyOf() != null);
        if (!onlyAlternatives) {
            return schema;
        }
        List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        List<Schema.SchemaType> types = alternatives.stream()
                .flatMap(alternative -> alternative.getType() == null ? Stream.empty() : alternative.getType().stream())
                .distinct().toList();
        Schema typed = OASFactory.createSchema().description(schema.getDescription()).examples(schema.getExamples());
        if (!types.isEmpty()) {
            typed.setType(new ArrayList<>(types));
        }
        // beside the type list, the integer alternative's format (int32): it applies to integers only
        alternatives.stream().filter(alternative -> alternative.getType() != null
                        && alternative.getType().contains(Schema.SchemaType.INTEGER) && alternative.getFormat() != null)
                .findFirst().ifPresent(integer -> typed.setFormat(integer.getFormat()));
        return schema.getOneOf() != null ? typed.oneOf(new ArrayList<>(alternatives))
                : typed.anyOf(new ArrayList<>(alternatives));
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            // "type" beside a reference would be checked as well as the referenced schema, so null would still fail
            property.setType(null);
            return wrapped(property);
        }
        List<Schema.SchemaType> types = property.getType();
        if (types != null && !types.isEmpty()) {
            if (!types.contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
                if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                    property.addEnumeration(null);
                }
            }
            return property;
        }
        if (property.getOneOf() == null && property.getAnyOf() == null && property.getAllOf() == null) {
            return property;
        }
        return wrapped(property);
    }

    private static Schema wrapped(Schema property) {
        Schema nullable = OASFactory.createSchema().description(property.getDescription())
                .addAnyOf(property).addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        property.setDescription(null);
        return nullable;
    }

    private static void addIfAbsent(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }

    /** An error answer is a problem: its content (with or without examples) gets the problem's schema. */
    private static void problemContent(String status, APIResponse response) {
        if (response.getRef() != null || status.startsWith("2") || status.startsWith("3")) {
            return;
        }
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            response.setContent(problem());
            return;
        }
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem != null && problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref(PROBLEM));
        }
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static void declareComponents(Components components, boolean admin) {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(API_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                .description("An API key issued by the gateway's admin API (`POST /api/v1/admin/keys`)."));
        schemes.put(API_KEY_AUTHORIZATION, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("Authorization")
                .description("The same key as `Authorization: ApiKey <key>` (type the `ApiKey ` prefix too)."));
        if (admin) {
            schemes.put(ADMIN_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.HEADER).name("X-API-Key")
                    .description("An API key of role `admin` (the first one: `gateway.bootstrap-admin-key`)."));
            schemes.put(ADMIN_KEY_AUTHORIZATION, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.HEADER).name("Authorization")
                    .description("The same admin key as `Authorization: ApiKey <key>` (type the `ApiKey ` prefix too)."));
        }
        components.setSecuritySchemes(schemes);
        components.addSchema(FIELD_ERROR, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid field of a request and what is wrong with it")
                .addProperty("field", string("Its JSON path, e.g. `title.en`, `sdgs[2]`, or a parameter's name"))
                .addProperty("message", string("What is wrong"))
                .required(List.of("field", "message")));
        components.addSchema(PROBLEM, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem (application/problem+json)")
                .addProperty("type", string("The problem's kind, a URI").format("uri"))
                .addProperty("title", string("A short summary of the kind"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").description("The HTTP status"))
                .addProperty("detail", string("What went wrong in this request"))
                .addProperty("instance", string("The request's path"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("The invalid fields, each named").items(OASFactory.createSchema().ref(FIELD_ERROR)))
                .required(List.of("type", "title", "status")));
        components.addHeader(RETRY_AFTER, OASFactory.createHeader().description("Seconds to wait before trying again")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE)));
        components.addResponse(UNAUTHORIZED, OASFactory.createAPIResponse()
                .description("No API key, or a key that is unknown, revoked or expired").content(problem()));
        components.addResponse(FORBIDDEN, OASFactory.createAPIResponse()
                .description("The key's role or institution may not do this").content(problem()));
        components.addResponse(TOO_MANY_REQUESTS, OASFactory.createAPIResponse()
                .description("Over the gateway's rate limit (per key, or per address without a key)")
                .addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER)).content(problem()));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
