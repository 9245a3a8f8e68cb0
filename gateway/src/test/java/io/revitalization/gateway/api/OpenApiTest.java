package io.revitalization.gateway.api;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.testsupport.openapi.OpenApiExamples;
import io.revitalization.testsupport.openapi.ServedDocument;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
    void theWholeApiIsNoDocumentWhileAServicesDocumentCannotBeRead() {
        // the fake partnerships service is down (FakeServices); merging is checked in MergedOpenApiTest
        given().when().get("/api/v1/openapi")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("partnerships"));
    }

    @Test
    void theGatewaysOwnDocumentDeclaresItsKeyOnEveryOperation() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.apiKey.in", equalTo("header"))
                .body("components.securitySchemes.apiKeyAuthorization.name", equalTo("Authorization"))
                .body("components.securitySchemes.adminKey.name", equalTo("X-API-Key"))
                .body("paths.'/api/v1/admin/keys'.post.security[0]", hasKey("adminKey"))
                .body("paths.'/api/v1/admin/keys'.get.security[1]", hasKey("adminKeyAuthorization"))
                .body("paths.'/api/v1/admin/keys'.post.responses", hasKey("429"));
    }

    @Test
    void theSwaggerUiListsTheWholeApiAndEachDocument() {
        String page = given().when().get("/q/swagger-ui/index.html").then().statusCode(200).extract().asString();
        for (String document : new String[] {"/api/v1/openapi/cases", "/api/v1/openapi/comparison",
                "/api/v1/openapi/partnerships", "/q/openapi", "/api/v1/openapi"}) {
            org.assertj.core.api.Assertions.assertThat(page).contains(document);
        }
    }

    @Test
    void everyExampleOfTheAdminApiIsValidAgainstItsSchema() {
        assertThat(OpenApiExamples.violations(ServedDocument.read())).isEmpty();
        assertThat(ServedDocument.operationsNotAskingForTheKey(ServedDocument.read())).isEmpty();
    }
}
