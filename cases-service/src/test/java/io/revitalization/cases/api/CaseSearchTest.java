package io.revitalization.cases.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revitalization.cases.app.SearchReadingsBackfill;
import io.revitalization.cases.seed.CasesSeedLoader;
import io.revitalization.cases.testing.Api;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.revitalization.cases.testing.Api.caseWith;
import static io.revitalization.cases.testing.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CaseSearchTest {
    @Inject
    CasesSeedLoader seed;
    @Inject
    SearchReadingsBackfill readings;
    @Inject
    EntityManager entityManager;

    @BeforeEach
    void loadSeed() {
        seed.load();
    }

    @Test
    void blackGoldInChineseFindsTheGuantianCaseByItsTitle() {
        search("烏金").then().statusCode(200)
                .body("items[0].case.slug", equalTo("ncku-guantian-black-gold"))
                .body("items[0].matchingFields", hasItem("title.zh-TW"));
        search("乌金").then().body("items[0].case.slug", equalTo("ncku-guantian-black-gold"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"関係人口", "關係人口", "关系人口"})
    void relationshipPopulationInJapaneseTraditionalOrSimplifiedFindsTheFootpathCase(String query) {
        search(query).then().statusCode(200)
                .body("items[0].case.slug", equalTo("ryukoku-footpath-higashiomi"))
                .body("items[0].matchingFields", hasItem("summary.ja"))
                .body("items[0].matchingFields", hasItem("summary.zh-TW"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"かんけいじんこう", "カンケイジンコウ", "ｶﾝｹｲｼﾞﾝｺｳ"})
    void theReadingInKanaFindsTheCaseTheKanjiFind(String query) {
        search(query).then().statusCode(200)
                .body("items[0].case.slug", equalTo("ryukoku-footpath-higashiomi"))
                .body("items[0].matchingFields", hasItem("summary.ja"));
    }

    @Test
    void aKanaQueryFindsACaseWrittenInKanjiOnlyAndNotOneWhoseReadingsOnlyTouchAcrossPunctuation() {
        UUID lead = Api.university("JP");
        String slug = unique("reading");
        String other = unique("reading-apart");
        Api.create(caseWith(lead, Map.of("slug", slug, "country", "JP", "title", Map.of("ja", "鞆の浦再生計画"))));
        Api.create(caseWith(lead, Map.of("slug", other, "country", "JP", "title", Map.of("ja", "再生、計画"))));

        search("さいせいけいかく").then().statusCode(200)
                .body("items.case.slug", hasItem(slug)).body("items.case.slug", not(hasItem(other)))
                .body("items.find { it.case.slug == '" + slug + "' }.matchingFields", hasItem("title.ja"));
    }

    @Test
    void casesStoredBeforeThereWereReadingsGetThemWhenTheServiceStarts() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE case_record SET search_reading = NULL WHERE slug = 'ryukoku-footpath-higashiomi'").executeUpdate());
        search("かんけいじんこう").then().body("items.case.slug", not(hasItem("ryukoku-footpath-higashiomi")));

        assertThat(readings.fillMissing()).isGreaterThanOrEqualTo(1);

        search("かんけいじんこう").then().body("items[0].case.slug", equalTo("ryukoku-footpath-higashiomi"));
    }

    @Test
    void fullWidthAndUpperCaseLatinFold() {
        search("ｕｂｃ").then().body("items.case.slug", hasItem("kochi-ubc"));
        search("FOOTPATH").then().body("items[0].case.slug", equalTo("ryukoku-footpath-higashiomi"));
    }

    @Test
    void aTitleMatchRanksAboveASummaryMatchAndEveryTermMustOccur() {
        UUID lead = Api.university("TW");
        String term = "zq" + UUID.randomUUID().toString().substring(0, 6);
        String inSummary = unique("in-summary");
        String inTitle = unique("in-title");
        Api.create(caseWith(lead, Map.of("slug", inSummary, "title", Map.of("en", "Plain title"),
                "summary", Map.of("en", "mentions " + term + " here"))));
        Api.create(caseWith(lead, Map.of("slug", inTitle, "title", Map.of("en", "All about " + term))));

        Response hits = search(term);

        assertThat(hits.jsonPath().<String>getList("items.case.slug")).containsExactly(inTitle, inSummary);
        assertThat(hits.jsonPath().<Integer>getList("items.score")).containsExactly(3, 2);
        assertThat(hits.jsonPath().<List<String>>getList("items.matchingFields"))
                .containsExactly(List.of("title.en"), List.of("summary.en"));
        assertThat(search(term + " plain").jsonPath().<String>getList("items.case.slug")).containsExactly(inSummary);
    }

    @Test
    void aSensitiveCaseIsFoundOnlyByReadersWhoMayReadIt() {
        search("旗津").then().body("items.case.slug", not(hasItem("nsysu-cijin-goddesses-ghosts-daughters")));
        Api.curator().queryParam("q", "旗津").get("/api/v1/cases/search").then()
                .body("items[0].case.slug", equalTo("nsysu-cijin-goddesses-ghosts-daughters"));
    }

    @Test
    void sqlMetacharactersAreSearchedAsText() {
        for (String query : List.of("%", "_", "' OR 1=1 --", "\\", "'; DROP TABLE case_record; --")) {
            search(query).then().statusCode(query.matches(".*[\\p{L}\\p{N}].*") ? 200 : 400);
        }
        search("烏金").then().body("items[0].case.slug", equalTo("ncku-guantian-black-gold"));
    }

    @Test
    void aQueryIsRequiredAndBounded() {
        Api.anonymous().get("/api/v1/cases/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        search("   ").then().statusCode(400).body("errors[0].field", equalTo("q"));
        search("x".repeat(201)).then().statusCode(400).body("errors[0].field", equalTo("q"));
        search("a b c d e f g h i j k").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    private static Response search(String query) {
        return Api.anonymous().queryParam("q", query).get("/api/v1/cases/search");
    }
}
