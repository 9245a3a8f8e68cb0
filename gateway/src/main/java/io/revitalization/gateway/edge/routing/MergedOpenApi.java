package io.revitalization.gateway.edge.routing;

import io.revitalization.gateway.config.GatewayConfig;
import io.revitalization.gateway.edge.web.ProblemResponses;
import io.revitalization.support.problem.Problem;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /api/v1/openapi}: one OpenAPI document for the whole API, what client generators take. It is made on each
 * request from the services' documents and the gateway's own (admin API), so it never lags behind them: paths and
 * tags side by side, components once where the documents agree; a component that another document already holds
 * under the same name with other content is renamed {@code <service>-<name>}, with the references to it.
 */
@ApplicationScoped
public class MergedOpenApi {
    static final String TITLE = "Regional revitalization suite API";
    private static final String DOCUMENT = Upstreams.OPENAPI_PATH + "?format=json";
    private static final String GATEWAY = "gateway";

    private final GatewayConfig config;
    private final HttpClient client;
    private final ProblemResponses problems;

    public MergedOpenApi(GatewayConfig config, Vertx vertx, ProblemResponses problems) {
        this.config = config;
        this.client = vertx.createHttpClient();
        this.problems = problems;
    }

    void serve(RoutingContext context) {
        Map<String, Future<JsonObject>> documents = new LinkedHashMap<>();
        new TreeMap<>(config.routes()).forEach((name, base) -> documents.put(name, read(name, base)));
        SocketAddress self = context.request().localAddress();
        documents.put(GATEWAY, read(GATEWAY, URI.create("http://" + self.hostAddress() + ":" + self.port())));
        Future.all(new ArrayList<>(documents.values())).onComplete(done -> {
            if (done.failed()) {
                problems.send(context, Problem.of(502, "bad-gateway", "Bad Gateway", done.cause().getMessage()));
                return;
            }
            Map<String, JsonObject> read = new LinkedHashMap<>();
            documents.forEach((name, document) -> read.put(name, document.result()));
            context.response().putHeader("Content-Type", "application/json").end(merge(read).encode());
        });
    }

    private Future<JsonObject> read(String name, URI base) {
        int port = base.getPort() > 0 ? base.getPort() : 80;
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost()).setPort(port)
                .setURI(DOCUMENT).setIdleTimeout(config.client().connectTimeout().toMillis() * 10);
        return client.request(request).compose(sent -> sent.send()).compose(response -> {
            if (response.statusCode() != 200) {
                return Future.failedFuture("the " + name + " document answered " + response.statusCode());
            }
            return response.body().map(body -> body.toJsonObject());
        }).recover(cause -> Future.failedFuture("the " + name + " document could not be read: " + cause.getMessage()));
    }

    static JsonObject merge(Map<String, JsonObject> documents) {
        JsonObject first = documents.values().iterator().next();
        JsonObject merged = new JsonObject()
                .put("openapi", first.getString("openapi"))
                .put("info", new JsonObject().put("title", TITLE)
                        .put("description", "The whole API through the gateway, merged from the documents at "
                                + "/api/v1/openapi/{" + String.join("|", documents.keySet().stream()
                                .filter(name -> !name.equals(GATEWAY)).toList()) + "} and the gateway's own (/q/openapi).")
                        .put("version", first.getJsonObject("info").getString("version"))
                        .put("license", first.getJsonObject("info").getValue("license")))
                .put("servers", first.getValue("servers"))
                .put("tags", new JsonArray())
                .put("paths", new JsonObject())
                .put("components", new JsonObject());
        documents.forEach((name, document) -> add(merged, name, document));
        return merged;
    }

    private static void add(JsonObject merged, String name, JsonObject document) {
        JsonObject components = merged.getJsonObject("components");
        JsonObject own = document.getJsonObject("components", new JsonObject());
        Map<String, String> renamed = new HashMap<>();
        for (String kind : own.fieldNames()) {
            JsonObject held = components.getJsonObject(kind);
            for (String component : own.getJsonObject(kind).fieldNames()) {
                Object value = own.getJsonObject(kind).getValue(component);
                if (held != null && held.containsKey(component) && !held.getValue(component).equals(value)) {
                    renamed.put("#/components/" + kind + "/" + component,
                            "#/components/" + kind + "/" + name + "-" + component);
                }
            }
        }
        JsonObject rewritten = renamed.isEmpty() ? document : (JsonObject) rewrite(document.copy(), renamed);
        JsonObject rewrittenComponents = rewritten.getJsonObject("components", new JsonObject());
        for (String kind : rewrittenComponents.fieldNames()) {
            JsonObject into = components.getJsonObject(kind);
            if (into == null) {
                into = new JsonObject();
                components.put(kind, into);
            }
            JsonObject ofKind = rewrittenComponents.getJsonObject(kind);
            for (String component : ofKind.fieldNames()) {
                String key = renamed.containsKey("#/components/" + kind + "/" + component)
                        ? name + "-" + component : component;
                into.put(key, ofKind.getValue(component));
            }
        }
        JsonObject paths = rewritten.getJsonObject("paths", new JsonObject());
        paths.fieldNames().forEach(path -> merged.getJsonObject("paths").put(path, paths.getValue(path)));
        JsonArray tags = merged.getJsonArray("tags");
        List<String> named = tags.stream().map(tag -> ((JsonObject) tag).getString("name")).toList();
        rewritten.getJsonArray("tags", new JsonArray()).forEach(tag -> {
            if (!named.contains(((JsonObject) tag).getString("name"))) {
                tags.add(tag);
            }
        });
    }

    private static Object rewrite(Object node, Map<String, String> renamed) {
        if (node instanceof JsonObject object) {
            for (String field : new ArrayList<>(object.fieldNames())) {
                Object value = object.getValue(field);
                if (field.equals("$ref") && value instanceof String ref && renamed.containsKey(ref)) {
                    object.put(field, renamed.get(ref));
                } else {
                    object.put(field, rewrite(value, renamed));
                }
            }
        } else if (node instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, rewrite(array.getValue(i), renamed));
            }
        }
        return node;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
