package io.revitalization.cases.seed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.cases.app.ImportReport;
import io.revitalization.cases.testing.Api;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SeedTest {
    private static final List<String> SEED_CASES = List.of("kochi-ubc", "kochi-planner-certification",
            "shinshu-100-year-company", "ryukoku-footpath-higashiomi", "ncku-guantian-black-gold", "ntou-maoao-satoumi",
            "tunghai-spiral-curriculum", "ncnu-learning-city", "nsysu-cijin-goddesses-ghosts-daughters",
            "nsysu-ba-jia-jiang-course", "nsysu-rukai-slash-and-burn-revival");

    @Inject
    CasesSeedLoader seed;

    @Inject
    EntityManager entityManager;

    @Test
    void theElevenCasesAndTheirInstitutionsAreLoadedInThreeLanguagesWithEvidence() {
        seed.load();

        for (String slug : SEED_CASES) {
            Response response = Api.curator().get("/api/v1/cases/" + slug);
            response.then().statusCode(200);
            assertThat(response.<String>path("title.zh-TW")).as(slug).isNotBlank();
            assertThat(response.<String>path("title.ja")).as(slug).isNotBlank();
            assertThat(response.<String>path("title.en")).as(slug).isNotBlank();
            assertThat(response.jsonPath().<String>getList("evidence.locator")).as(slug).isNotEmpty()
                    .allSatisfy(locator -> assertThat(locator).isNotBlank());
        }
        Map.of("kochi-university", "高知大学", "shinshu-university", "信州大学", "ryukoku-university", "龍谷大学")
                .forEach((slug, name) -> Api.anonymous().get("/api/v1/institutions/" + slug).then().statusCode(200)
                        .body("name.ja", equalTo(name)).body("country", equalTo("JP")));
        Api.anonymous().get("/api/v1/programs/MOE-USR-PHASE-2").then().statusCode(200)
                .body("startYear", equalTo(2020)).body("endYear", equalTo(2022));
        Api.anonymous().get("/api/v1/cases/nsysu-cijin-goddesses-ghosts-daughters").then().statusCode(200)
                .body("sensitive", equalTo(true)).body("summary", equalTo(null))
                .body("withheld", equalTo(List.of("summary", "stakeholders", "indicators", "evidence", "testimonies")));
    }

    @Test
    void loadingTwiceChangesNothing() {
        seed.load();
        long events = outboxRows();

        ImportReport second = seed.load();

        assertThat(second.created()).isZero();
        assertThat(second.unchanged()).isEqualTo(SEED_CASES.size());
        assertThat(second.rejected()).isZero();
        assertThat(outboxRows()).isEqualTo(events);
        SEED_CASES.forEach(slug -> Api.curator().get("/api/v1/cases/" + slug).then().body("version", equalTo(1)));
    }

    private long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM outbox_message").getSingleResult()).longValue());
    }
}
