package io.revitalization.cases.seed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.cases.app.ImportReport;
import io.revitalization.cases.app.InstitutionDraft;
import io.revitalization.cases.app.MissingReferences;
import io.revitalization.cases.app.ProgramDraft;
import io.revitalization.cases.domain.InstitutionKind;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.values.LocalizedText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.cases.testing.Api;
import io.revitalization.cases.testing.CslJson;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

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

    @Inject
    MissingReferences references;

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
    void everyRecordTheSeedGivesAProvenanceForShowsIt() throws IOException {
        seed.load();

        Api.anonymous().get("/api/v1/programs/MOE-USR-PHASE-2").then().statusCode(200)
                .body("provenance.startYear", equalTo("project brief (issue #3); not in the seed text"))
                .body("provenance.name", startsWith("the division of USR into phases is from the project brief"))
                .body("parent", equalTo("MOE-USR"));
        Api.anonymous().get("/api/v1/institutions/shinshu-university").then()
                .body("provenance.'name.en'", equalTo("official English name of the institution; not in the seed text"));
        Api.anonymous().get("/api/v1/cases/kochi-ubc").then()
                .body("provenance.programs", startsWith("general tie: the text places Japanese universities' practice"));
        for (JsonNode item : seedFile("programs.json")) {
            Api.anonymous().get("/api/v1/programs/" + item.path("code").asText()).then()
                    .body("provenance.size()", equalTo(item.path("provenance").size()));
        }
    }

    @Test
    void programsKnowTheirSpansSuccessorsPhasesAndCategories() {
        seed.load();

        Api.anonymous().get("/api/v1/programs/MEXT-COC-PLUS").then()
                .body("startYear", equalTo(2015)).body("endYear", equalTo(2019))
                .body("end.gregorian", equalTo("FY2019")).body("successor", equalTo("MEXT-COC-PLUS-R"));
        Api.anonymous().get("/api/v1/programs/MEXT-COC-PLUS-R").then().body("start.gregorian", equalTo("FY2020"));
        Api.anonymous().get("/api/v1/programs/MOE-USR").then()
                .body("children", equalTo(List.of("MOE-USR-PHASE-1", "MOE-USR-PHASE-2", "MOE-USR-PHASE-3",
                        "MOE-USR-PHASE-4")))
                .body("categories.name.zh-TW", equalTo(Arrays.asList("萌芽型", "深耕型", null, "國際連結")));
    }

    @Test
    void theSeedTextIsASourceAndAProgramsEvidenceExportsAsValidCslJson() throws IOException {
        seed.load();

        Api.anonymous().get("/api/v1/sources/seed:000_33b908bba84e1ab1").then().statusCode(200)
                .body("kind", equalTo("TEXT")).body("title", equalTo(null)).body("language", equalTo("zh-TW"));
        JsonNode items = new ObjectMapper().readTree(
                Api.anonymous().get("/api/v1/programs/MOE-USR-PHASE-2/citations").asByteArray());
        assertThat(CslJson.problems(items)).isEmpty();
        assertThat(items.get(0).path("type").asText()).isEqualTo("manuscript");
        assertThat(items.get(0).path("locator").asText()).isEqualTo("I.B ¶2");
        assertThat(items.get(0).path("custom").path("source").asText()).isEqualTo("seed:000_33b908bba84e1ab1");
    }

    private static JsonNode seedFile(String name) throws IOException {
        try (var in = SeedTest.class.getResourceAsStream("/seed/" + name)) {
            return new ObjectMapper().readTree(in);
        }
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

    @Test
    void theRecordsTheCasesReferToAreCreatedWhenMissingAndAllOrNone() {
        seed.load();
        InstitutionDraft known = institution("kochi-university");
        InstitutionDraft missing = institution("seed-test-nara-university");
        ProgramDraft underNoProgram = new ProgramDraft("SEED-TEST-PHASE-1", new LocalizedText(null, null, "A phase"),
                "JP", null, null, null, "SEED-TEST-NO-SUCH-PROGRAM", null, List.of(), List.of(), Map.of());

        assertThatThrownBy(() -> references.create(List.of(), List.of(known, missing), List.of(underNoProgram),
                CasesSeedLoader.SEED)).isInstanceOf(ProblemException.class);
        Api.anonymous().get("/api/v1/institutions/seed-test-nara-university").then().statusCode(404);

        MissingReferences.Created created = references.create(List.of(), List.of(known, missing), List.of(),
                CasesSeedLoader.SEED);
        assertThat(created).isEqualTo(new MissingReferences.Created(0, 1, 0));
        Api.anonymous().get("/api/v1/institutions/seed-test-nara-university").then().statusCode(200);
        Api.anonymous().get("/api/v1/institutions/kochi-university").then()
                .body("name.ja", equalTo("高知大学")).body("version", equalTo(1));
    }

    private static InstitutionDraft institution(String slug) {
        return new InstitutionDraft(slug, InstitutionKind.UNIVERSITY, new LocalizedText(null, slug, slug), "JP", null,
                List.of(), Map.of());
    }

    private long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM outbox_message").getSingleResult()).longValue());
    }
}
