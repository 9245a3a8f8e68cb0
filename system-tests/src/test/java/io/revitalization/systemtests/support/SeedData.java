package io.revitalization.systemtests.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.specification.RequestSpecification;
import io.revitalization.localstack.Suite;

/**
 * The seed data, as every service holds it once loaded. The services load their seed at start, and the seed of
 * comparison-service and partnerships-service names cases and institutions they learn of through Kafka, so it
 * arrives a while after the suite is healthy; a test run first would otherwise see part of it.
 */
final class SeedData {
    private static final String CODINGS = "comparison-service/src/main/resources/seed/codings.json";
    private static final String PARTNERSHIPS = "partnerships-service/src/main/resources/seed/partnerships.json";
    private static final String SEED_CODER = "seed-reading";

    private SeedData() {
    }

    /** Waits until comparison-service holds every seed coding and partnerships-service every seed partnership. */
    static void awaitEverywhere(Suite suite, Duration timeout) {
        Path repo = Suite.findRepoRoot(Path.of(""));
        int codings = entries(repo.resolve(CODINGS)).size();
        List<String> partnerships = entries(repo.resolve(PARTNERSHIPS)).stream()
                .map(partnership -> partnership.path("slug").asText()).toList();
        await("the seed data in every service").atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() ->
                asAdmin(suite).queryParams(Map.of("coder", SEED_CODER, "limit", "200")).get("/api/v1/codings")
                        .jsonPath().getList("items").size() == codings
                        && asAdmin(suite).queryParam("limit", "200").get("/api/v1/partnerships").jsonPath()
                        .getList("items.slug", String.class).containsAll(partnerships));
    }

    private static List<JsonNode> entries(Path file) {
        try {
            List<JsonNode> entries = new ArrayList<>();
            new ObjectMapper().readTree(file.toFile()).forEach(entries::add);
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestSpecification asAdmin(Suite suite) {
        return given().baseUri(suite.gatewayUrl()).header("X-API-Key", suite.adminKey());
    }
}
