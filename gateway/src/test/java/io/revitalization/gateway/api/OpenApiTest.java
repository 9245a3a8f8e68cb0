package io.revitalization.gateway.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
class OpenApiTest {

    @Test
    void theGatewayDocumentsItsAdminApi() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/admin/keys"))
                .body("paths", hasKey("/api/v1/admin/keys/{id}"))
                .body("components.securitySchemes", hasKey("apiKey"));
    }

    @Test
    void theAdminApisExamplesAreInTheDocument() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.examples.'issue-partner-key-request'.value.institution", equalTo("kochi-university"))
                .body("components.examples.'partner-key'.value.status", equalTo("active"))
                .body("paths.'/api/v1/admin/keys'.post.requestBody.content.'application/json'.examples.'partner key'.$ref",
                        equalTo("#/components/examples/issue-partner-key-request"))
                .body("paths.'/api/v1/admin/keys/{id}'.get.responses.'200'.content.'application/json'.examples"
                        + ".'partner key'.$ref", equalTo("#/components/examples/partner-key"));
    }

    @Test
    void eachServicesDocumentIsServedThroughTheGateway() {
        given().when().get("/api/v1/openapi/cases")
                .then().statusCode(200)
                .body("info.title", equalTo("fake cases"));
        given().when().get("/api/v1/openapi/comparison")
                .then().statusCode(200)
                .body("info.title", equalTo("fake comparison"));
        given().when().get("/api/v1/openapi/billing")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theSwaggerUiListsAllFourDocuments() {
        String page = given().when().get("/q/swagger-ui/index.html").then().statusCode(200).extract().asString();
        for (String document : new String[] {"/api/v1/openapi/cases", "/api/v1/openapi/comparison",
                "/api/v1/openapi/partnerships", "/q/openapi"}) {
            org.assertj.core.api.Assertions.assertThat(page).contains(document);
        }
    }
}
