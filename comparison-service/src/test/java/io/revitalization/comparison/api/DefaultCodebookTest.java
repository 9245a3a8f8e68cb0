package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.revitalization.comparison.seed.SeedCases;
import io.revitalization.comparison.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads that name no codebook use the configured default (the seed codebook) and say so; a second codebook breaks
 * none of the comparison and codings calls the README, the docs and the walkthrough show.
 */
@QuarkusTest
class DefaultCodebookTest {
    /** A GET of the comparisons or of the codings (a list, an export) as the docs write it, without placeholders. */
    private static final Pattern DOCUMENTED_CALL =
            Pattern.compile("(?:localhost:8080|\\$GW)(/api/v1/(?:comparisons/|codings\\?|codings/export)[^'\"\\s]*)");
    private static final String SEED_CODEBOOK = "taiwan-japan-revitalization";

    @Test
    void everyDocumentedComparisonCallAnswersWithTheDefaultCodebookOnceASecondExists() throws IOException {
        String second = Fixtures.codebook();
        SeedCases.known();
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
            // a JSON export is an array of codings, each naming its codebook
            if (answer.get("$") instanceof java.util.Map && answer.get("codebook") != null) {
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

    /**
     * The GET comparison and codings calls in README.md, docs/*.md and the walkthrough script, but the change stream,
     * imports and calls with a placeholder ($ID, …).
     */
    private static List<String> documentedCalls() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("../README.md"), Path.of("../docs/walkthrough/walkthrough.sh")));
        try (Stream<Path> markdown = Files.list(Path.of("../docs"))) {
            markdown.filter(path -> path.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<String> calls = new ArrayList<>();
        for (Path doc : docs) {
            Matcher matcher = DOCUMENTED_CALL.matcher(Files.readString(doc));
            while (matcher.find()) {
                String call = matcher.group(1);
                boolean placeholder = call.contains("$") || call.contains("…") || call.contains("{");
                if (!placeholder && !call.startsWith("/api/v1/comparisons/changes") && !call.endsWith("/import")
                        && !calls.contains(call)) {
                    calls.add(call);
                }
            }
        }
        return calls;
    }
}
