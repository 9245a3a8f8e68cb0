package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.revitalization.comparison.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads that name no codebook use the configured default (the seed codebook) and say so; a second codebook breaks
 * none of the comparison calls the README and the service's docs show.
 */
@QuarkusTest
class DefaultCodebookTest {
    private static final Pattern DOCUMENTED_CALL =
            Pattern.compile("(?:localhost:8080|\\$GW)(/api/v1/comparisons/[^'\" ]+)");
    private static final String SEED_CODEBOOK = "taiwan-japan-revitalization";

    @Test
    void everyDocumentedComparisonCallAnswersWithTheDefaultCodebookOnceASecondExists() throws IOException {
        String second = Fixtures.codebook();
        Fixtures.knownCase("JP", List.of(), UUID.randomUUID());
        Fixtures.knownCase("TW", List.of(), UUID.randomUUID());
        given().get("/api/v1/codebooks/" + SEED_CODEBOOK).then().statusCode(200);

        List<String> calls = documentedCalls();
        assertThat(calls).as("documented comparison calls").hasSizeGreaterThan(8);
        for (String call : calls) {
            io.restassured.response.Response response = given().urlEncodingEnabled(false).get(call);
            assertThat(response.statusCode()).as(call + ": " + response.asString()).isEqualTo(200);
            if (!response.contentType().startsWith("application/json")) {
                continue; // an export (CSV) names its codebook in its file name
            }
            JsonPath answer = response.jsonPath();
            if (answer.get("codebook") != null) {
                assertThat(answer.getString("codebook.slug")).as(call).isEqualTo(SEED_CODEBOOK);
                assertThat(answer.getString("codebook.chosenBy")).as(call).isEqualTo("default");
            }
        }
        JsonPath named = given().queryParam("codebook", second).queryParam("dimension", "stage")
                .get("/api/v1/comparisons/distributions").then().statusCode(200).extract().jsonPath();
        assertThat(named.getString("codebook.chosenBy")).isEqualTo("request");
        assertThat(given().get("/api/v1/comparisons/summary").then().statusCode(200).extract().jsonPath()
                .getString("defaultCodebook")).isEqualTo(SEED_CODEBOOK);
    }

    /** The GET comparison calls in README.md and docs/comparison-service.md, but the change stream. */
    private static List<String> documentedCalls() throws IOException {
        List<String> calls = new ArrayList<>();
        for (Path doc : List.of(Path.of("../README.md"), Path.of("../docs/comparison-service.md"))) {
            Matcher matcher = DOCUMENTED_CALL.matcher(Files.readString(doc));
            while (matcher.find()) {
                String call = matcher.group(1);
                if (!call.startsWith("/api/v1/comparisons/changes") && !calls.contains(call)) {
                    calls.add(call);
                }
            }
        }
        return calls;
    }
}
