package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.testsupport.openapi.OpenApiExamples;
import io.revitalization.testsupport.openapi.ServedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** Every endpoint is in the OpenAPI document, with an example of its answer. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyReadIsDocumentedWithAnExample() {
        var document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        for (String read : List.of("distributions", "distance", "trend", "overview", "table", "thesis", "reliability",
                "truth-table", "summary")) {
            String path = "/api/v1/comparisons/" + read;
            document.body("paths", hasKey(path))
                    .body("paths.'" + path + "'.get.responses.'200'.content.'application/json'.examples",
                            notNullValue());
        }
        document.body("paths", hasKey("/api/v1/comparisons/changes"))
                .body("paths", hasKey("/api/v1/codings"))
                .body("paths", hasKey("/api/v1/codebooks/{id}/versions/{version}"))
                .body("paths.'/api/v1/codings'.post.responses.'400'.content.'application/problem+json'.examples",
                        notNullValue())
                .body("components.examples.distributions.value.codebook.slug",
                        equalTo("taiwan-japan-revitalization"))
                .body("components.examples.coding.value.caseSlug", equalTo("kochi-ubc"))
                .body("components.examples.'distance-groups'.value.matrix[0].groups", contains("JP", "TW"))
                .body("components.examples.'trend-groups'.value.pairs[0].b.key", equalTo("TW"))
                .body("components.examples.'thesis-groups'.value.pairs[0].a.key", equalTo("JP"));
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
