package io.revitalization.cases.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.testsupport.openapi.OpenApiExamples;
import io.revitalization.testsupport.openapi.ServedDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The document a frontend developer builds on: what to send, and examples that hold. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyExampleIsValidAgainstItsSchema() {
        assertThat(OpenApiExamples.violations(ServedDocument.read())).isEmpty();
    }

    @Test
    void everyWriteAsksForTheGatewaysApiKeyAndEveryReadMayBringOne() {
        JsonNode document = ServedDocument.read();
        assertThat(ServedDocument.operationsNotAskingForTheKey(document)).isEmpty();
        assertThat(document.at("/components/securitySchemes/apiKey/name").asText()).isEqualTo("X-API-Key");
        assertThat(document.at("/paths/~1api~1v1~1cases/post/responses/429/$ref").asText())
                .isEqualTo("#/components/responses/TooManyRequests");
    }

    @Test
    void aYearIsANumberOrAString() {
        JsonNode year = ServedDocument.read().at("/components/schemas/YearInput");
        assertThat(year.path("type").toString()).isEqualTo("[\"integer\",\"string\"]");
        assertThat(year.path("oneOf")).hasSize(2);
    }
}
