package io.revitalization.gateway.edge.routing;

import io.revitalization.gateway.testing.FakeServices;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole API's document ({@code /api/v1/openapi}) as merged from the services' documents and the gateway's. */
class MergedOpenApiTest {
    private static final JsonObject MERGED = merged("cases", "comparison", "partnerships", "gateway");

    @Test
    void theWholeApiIsOneDocumentWithEveryDocumentsPathsAndTheServers() {
        assertThat(MERGED.getJsonObject("info").getString("title")).isEqualTo(MergedOpenApi.TITLE);
        assertThat(MERGED.getJsonArray("servers").getJsonObject(0).getString("url")).isEqualTo("/");
        assertThat(MERGED.getJsonObject("paths").fieldNames()).containsExactlyInAnyOrder("/api/v1/cases/fake",
                "/api/v1/comparison/fake", "/api/v1/partnerships/fake", "/api/v1/gateway/fake");
        assertThat(MERGED.getJsonObject("components").getJsonObject("schemas").fieldNames()).containsExactly("Problem");
    }

    @Test
    void aComponentNamedAlikeButDeclaredApartIsKeptUnderEachServicesName() {
        JsonObject examples = MERGED.getJsonObject("components").getJsonObject("examples");
        assertThat(examples.getJsonObject("notFound").getJsonObject("value").getString("detail"))
                .isEqualTo("no such cases");
        assertThat(examples.getJsonObject("comparison-notFound").getJsonObject("value").getString("detail"))
                .isEqualTo("no such comparison");
        assertThat(notFoundExampleOf("/api/v1/cases/fake")).isEqualTo("#/components/examples/notFound");
        assertThat(notFoundExampleOf("/api/v1/comparison/fake")).isEqualTo("#/components/examples/comparison-notFound");
    }

    private static String notFoundExampleOf(String path) {
        return MERGED.getJsonObject("paths").getJsonObject(path).getJsonObject("get").getJsonObject("responses")
                .getJsonObject("404").getJsonObject("content").getJsonObject("application/problem+json")
                .getJsonObject("examples").getJsonObject("not found").getString("$ref");
    }

    private static JsonObject merged(String... services) {
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        for (String service : services) {
            documents.put(service, FakeServices.openApiDocument(service));
        }
        return MergedOpenApi.merge(documents);
    }
}
