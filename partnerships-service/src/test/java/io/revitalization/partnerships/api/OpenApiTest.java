package io.revitalization.partnerships.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.revitalization.testsupport.openapi.OpenApiExamples;
import io.revitalization.testsupport.openapi.ServedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.revitalization.partnerships.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint is in the OpenAPI document, with examples (openapi/examples.yaml) and its problem responses. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyEndpointIsDocumentedWithExamples() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");

        assertThat(paths).containsKeys("/api/v1/partnerships", "/api/v1/partnerships/{idOrSlug}",
                "/api/v1/partnerships/{idOrSlug}/phase", "/api/v1/partnerships/{idOrSlug}/phase-history",
                "/api/v1/partnerships/{idOrSlug}/members/{institution}/consent",
                "/api/v1/partnerships/{idOrSlug}/members/{institution}/decline",
                "/api/v1/partnerships/{idOrSlug}/updates", "/api/v1/partnerships/{idOrSlug}/updates/{updateId}",
                "/api/v1/partnerships/{idOrSlug}/updates/{updateId}/withdraw",
                "/api/v1/partnerships/{idOrSlug}/updates/{updateId}/revisions",
                "/api/v1/partnerships/{idOrSlug}/reciprocity", "/api/v1/partnerships/{idOrSlug}/phase-suggestion",
                "/api/v1/partnerships/updates", "/api/v1/partnerships/reciprocity", "/api/v1/partnerships/network",
                "/api/v1/partnerships/agreements/ending");
        for (String path : paths.keySet()) {
            for (String method : List.of("get", "post", "put", "delete")) {
                String operation = "paths['" + path + "']." + method;
                if (openApi.get(operation) == null) {
                    continue;
                }
                Map<String, Object> responses = openApi.getMap(operation + ".responses");
                String success = responses.keySet().stream().filter(code -> code.startsWith("2")).findFirst()
                        .orElseThrow(() -> new AssertionError(method + " " + path + " documents no success"));
                if (!success.equals("204")) {
                    // JSON, or the event stream's text/event-stream
                    String media = openApi.getMap(operation + ".responses['" + success + "'].content").keySet()
                            .iterator().next().toString();
                    assertThat(openApi.getMap(operation + ".responses['" + success + "'].content['" + media + "']"
                            + ".examples")).as(method + " " + path).isNotEmpty();
                }
                assertThat(responses.keySet()).as(method + " " + path).anyMatch(code -> code.startsWith("4"));
            }
        }
        assertThat(openApi.getMap("paths['/api/v1/partnerships/{idOrSlug}/updates'].post.requestBody.content"
                + "['application/json'].examples")).isNotEmpty();
        assertThat(openApi.getString("paths['/api/v1/partnerships/{idOrSlug}'].get.responses['200']"
                + ".content['application/json'].examples.partnership['$ref']"))
                .isEqualTo("#/components/examples/partnership");
        assertThat(openApi.getString("components.examples.partnership.value.slug"))
                .isEqualTo("nkust-kochi-joint-competition");
    }

    @Test
    void everyExampleIsValidAgainstItsSchema() {
        assertThat(OpenApiExamples.violations(ServedDocument.read())).isEmpty();
    }

    @Test
    void everyWriteAsksForTheGatewaysApiKeyAndEveryReadMayBringOne() {
        assertThat(ServedDocument.operationsNotAskingForTheKey(ServedDocument.read())).isEmpty();
    }
}
