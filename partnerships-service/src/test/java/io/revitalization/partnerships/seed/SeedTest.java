package io.revitalization.partnerships.seed;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.partnerships.testing.TestInstitutions;
import io.revitalization.values.LocalizedText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static io.revitalization.partnerships.testing.Api.PARTNERSHIPS;
import static io.revitalization.partnerships.testing.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The partnerships of the source text load once cases-service has announced the institutions they name (here the
 * test announces them, as cases-service's seed would).
 */
@QuarkusTest
class SeedTest {
    private static final Map<String, String> SEED_INSTITUTIONS = Map.of(
            "nkust", "TW", "kochi-university", "JP", "nsysu", "TW", "ryukoku-university", "JP",
            "ncku", "TW", "chiba-university", "JP");

    private final TestInstitutions institutions;

    SeedTest(TestInstitutions institutions) {
        this.institutions = institutions;
    }

    @Test
    void thePartnershipsOfTheSourceLoadOnceTheirInstitutionsAreKnown() {
        SEED_INSTITUTIONS.forEach((slug, country) ->
                institutions.known(slug, country, LocalizedText.of(null, null, slug)));

        // Each partnership loads as soon as its own institutions are known, so they arrive one by one.
        await().atMost(Duration.ofSeconds(30)).until(() -> Stream.of(
                        "ncku-chiba-exchange-course", "nkust-kochi-joint-competition", "kochi-nkust-planner-export",
                        "nsysu-ryukoku-exchange-course")
                .allMatch(slug -> given().get(PARTNERSHIPS + "/" + slug).statusCode() == 200));

        given().get(PARTNERSHIPS + "/nkust-kochi-joint-competition").then().statusCode(200)
                .body("id", equalTo(UUID.nameUUIDFromBytes(
                        "partnership:nkust-kochi-joint-competition".getBytes(StandardCharsets.UTF_8)).toString()))
                .body("kind", equalTo("JOINT_COMPETITION"))
                .body("members.institutionSlug", contains("nkust", "kochi-university"))
                .body("members.country", contains("TW", "JP"))
                .body("phase", equalTo("CO_CREATION"))
                .body("evidence[0].locator", equalTo("II.C ¶2"))
                .body("provenance", notNullValue());
        given().get(PARTNERSHIPS + "/nkust-kochi-joint-competition/phase-history").then()
                .body("items", hasSize(1))
                .body("items[0].from", nullValue())
                .body("items[0].at", nullValue())
                .body("items[0].to", equalTo("CO_CREATION"))
                .body("items[0].evidence[0].locator", equalTo("II.C ¶1"));
        given().get(PARTNERSHIPS + "/kochi-nkust-planner-export").then()
                .body("kind", equalTo("PROGRAM_EXPORT"))
                .body("agreement.status", equalTo("PROPOSED"))
                .body("members.role", contains("LEAD", "PARTNER"));
        given().get(PARTNERSHIPS + "/nsysu-ryukoku-exchange-course").then().body("kind", equalTo("JOINT_COURSE"));
        given().get(PARTNERSHIPS + "/satoyama-satoumi-learning-community").then().statusCode(200)
                .body("kind", equalTo("THEMATIC_ALLIANCE"))
                .body("membership", equalTo("UNNAMED"))
                .body("members", hasSize(0))
                .body("phase", nullValue());
        given().get(PARTNERSHIPS + "/ageing-society-learning-community/phase-history")
                .then().body("items", hasSize(0));
    }
}
