package io.revitalization.comparison.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.app.coding.CodebookService;
import io.revitalization.comparison.app.coding.CodingService;
import io.revitalization.comparison.config.ComparisonConfig;
import io.revitalization.support.seed.SeedFiles;
import io.revitalization.support.seed.SeedRunner;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * The service is ready only once the seed codebook exists: before that, a comparison read without {@code codebook=}
 * could only answer 400 "no codebook exists yet".
 */
@QuarkusTest
class SeedReadinessTest {

    // relative to the management interface's root, /q
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Inject
    ComparisonConfig config;
    @Inject
    SeedRunner runner;
    @Inject
    ObjectMapper json;
    @Inject
    CodebookService codebooks;
    @Inject
    CodingService codings;

    @Test
    void theServiceIsReadyWithTheSeedCodebook() {
        given().get(readiness).then().statusCode(200)
                .body("checks.findAll { it.name == 'seed codebook' }.status", hasItem("UP"));
    }

    @Test
    void aLoaderIsNotReadyUntilItsFirstAttemptHasTheCodebook() {
        ComparisonSeedLoader loader = new ComparisonSeedLoader(config, runner, json, codebooks, codings);
        assertThat(loader.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);

        loader.attempt(SeedFiles.read(json, ComparisonSeedLoader.CODEBOOK_FILE, new TypeReference<SeedCodebook>() {
        }), List.of());

        assertThat(loader.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }
}
