package io.revitalization.cases.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.cases.seed.CasesSeedLoader;
import io.revitalization.cases.testing.Api;
import io.revitalization.testsupport.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.revitalization.cases.testing.Api.caseWith;
import static io.revitalization.cases.testing.Api.curator;
import static io.revitalization.cases.testing.Api.minimalCase;
import static io.revitalization.cases.testing.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class CaseCrudTest {
    @Inject
    CasesSeedLoader seed;

    @Test
    void aMinimalCaseIsCreatedWithItsLeadAsLeadUniversityAndCanBeReadByIdAndSlug() {
        UUID lead = Api.university("TW");
        Response created = curator().body(minimalCase(lead, "Guantian black gold")).post("/api/v1/cases");

        created.then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("slug", startsWith("guantian-black-gold"))
                .body("leadInstitution.id", equalTo(lead.toString()))
                .body("institutions[0].role", equalTo("LEAD_UNIVERSITY"))
                .body("sensitive", equalTo(false))
                .body("withheld", equalTo(List.of()));
        String id = created.path("id");
        String slug = created.path("slug");
        assertThat(created.header("Location")).isEqualTo("/api/v1/cases/" + id);

        Api.anonymous().get("/api/v1/cases/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("slug", equalTo(slug));
        Api.anonymous().get("/api/v1/cases/" + slug).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndTheCurrentOneWrites() {
        UUID lead = Api.university("JP");
        String id = Api.create(minimalCase(lead, unique("Footpath")));
        Map<String, Object> changed = caseWith(lead, Map.of("title", Map.of("en", "Footpath, second edition"),
                "sdgs", List.of(11)));

        curator().header("If-Match", "\"1\"").body(changed).put("/api/v1/cases/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2))
                .body("title.en", equalTo("Footpath, second edition"));
        curator().header("If-Match", "\"1\"").body(changed).put("/api/v1/cases/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        curator().header("If-Match", "\"1\"").delete("/api/v1/cases/" + id).then().statusCode(412);

        Api.anonymous().get("/api/v1/cases/" + id).then().body("version", equalTo(2));
    }

    @Test
    void replacingWithTheSameContentMakesNoNewVersion() {
        UUID lead = Api.university("TW");
        Map<String, Object> body = minimalCase(lead, unique("Spiral curriculum"));
        String id = Api.create(body);

        curator().body(body).put("/api/v1/cases/" + id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void theSlugCannotChange() {
        UUID lead = Api.university("TW");
        String id = Api.create(minimalCase(lead, unique("Learning city")));

        curator().body(caseWith(lead, Map.of("slug", unique("other-slug")))).put("/api/v1/cases/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void aTakenSlugIsAConflictThatStoresNothingAndAMadeSlugGetsASuffix() {
        UUID lead = Api.university("TW");
        String slug = unique("taken");
        Api.create(caseWith(lead, Map.of("slug", slug)));

        curator().body(caseWith(lead, Map.of("slug", slug))).post("/api/v1/cases").then().statusCode(409)
                .body("detail", equalTo("a case with the slug '" + slug + "' exists already"));
        String title = unique("Told twice");
        String made = curator().body(minimalCase(lead, title)).post("/api/v1/cases").then().statusCode(201)
                .extract().path("slug");
        String suffixed = curator().body(minimalCase(lead, title)).post("/api/v1/cases").then().statusCode(201)
                .extract().path("slug");

        assertThat(suffixed).startsWith(made + "-");
        assertThat(Api.slugsOf(Api.anonymous().queryParam("institution", lead.toString()).get("/api/v1/cases")))
                .containsExactlyInAnyOrder(slug, made, suffixed);
    }

    @Test
    void aDeletedCaseIsGoneFromReadsAndListsButKeepsItsHistory() {
        UUID lead = Api.university("TW");
        String id = Api.create(minimalCase(lead, unique("Rukai revival")));

        curator().header("If-Match", "\"1\"").delete("/api/v1/cases/" + id).then().statusCode(204);

        Api.anonymous().get("/api/v1/cases/" + id).then().statusCode(410);
        curator().body(minimalCase(lead, "again")).put("/api/v1/cases/" + id).then().statusCode(410);
        curator().delete("/api/v1/cases/" + id).then().statusCode(410);
        assertThat(Api.slugsOf(Api.anonymous().queryParam("institution", lead.toString()).get("/api/v1/cases")))
                .isEmpty();
        Api.anonymous().get("/api/v1/cases/" + id + "/revisions").then().statusCode(200)
                .body("items.change", equalTo(List.of("CREATED", "DELETED")));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstResponseAndStoresOneCase() {
        UUID lead = Api.university("TW");
        Map<String, Object> body = minimalCase(lead, unique("Replayed"));
        String key = UUID.randomUUID().toString();
        String token = TestTokens.curator();

        String first = Api.as(token).header("Idempotency-Key", key).body(body).post("/api/v1/cases")
                .then().statusCode(201).extract().path("id");
        Response replay = Api.as(token).header("Idempotency-Key", key).body(body).post("/api/v1/cases");

        replay.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertThat(Api.slugsOf(Api.anonymous().queryParam("institution", lead.toString()).get("/api/v1/cases")))
                .hasSize(1);
    }

    @Test
    void unknownCasesAre404() {
        Api.anonymous().get("/api/v1/cases/no-such-case").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no-such-case"));
        curator().body(minimalCase(UUID.randomUUID(), "x")).put("/api/v1/cases/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void everyFieldRoundTripsThroughTheApi() {
        UUID lead = Api.university("TW");
        UUID company = Api.institution("COMPANY", "TW");
        Map<String, Object> body = caseWith(lead, Map.ofEntries(
                Map.entry("slug", unique("full-case")),
                Map.entry("summary", Map.of("zh-TW", "廢棄菱角殼轉化為生物炭", "ja", "菱の殻をバイオ炭に", "en", "Shells to biochar")),
                Map.entry("region", Map.of("prefecture", Map.of("zh-TW", "臺南市", "en", "Tainan City"),
                        "municipality", Map.of("zh-TW", "官田區"))),
                Map.entry("coordinates", Map.of("latitude", 23.19, "longitude", 120.31)),
                Map.entry("institutions", List.of(Map.of("institution", company.toString(), "role", "ENTERPRISE"))),
                Map.entry("stakeholders", List.of(Map.of("kind", "COMMUNITY", "description", Map.of("en", "farmers")))),
                Map.entry("programs", List.of(Map.of("program", "MOE-USR-PHASE-2", "years", List.of(2020, "民國110年", "111學年度")))),
                Map.entry("period", Map.of("startYear", "民國109年", "ongoing", true)),
                Map.entry("sdgs", List.of(12, 13)),
                Map.entry("themes", List.of("circular-economy")),
                Map.entry("indicators", List.of(Map.of("code", "local-employment", "name", Map.of("en", "Local employment rate"),
                        "unit", "percent", "kind", "LOCAL_EMPLOYMENT_RATE", "program", "MOE-USR-PHASE-2",
                        "series", List.of(Map.of("year", "平成27年度", "value", 41.5), Map.of("year", 2016, "value", 43)),
                        "baseline", 40, "baselineYear", 2015, "target", 50, "targetYear", "令和元年度"))),
                Map.entry("evidence", List.of(Map.of("source", "interview", "locator", "p. 3", "quote", "「烏金」",
                        "url", "https://example.org/a", "supports", "summary"))),
                Map.entry("testimonies", List.of(Map.of("text", Map.of("zh-TW", "我們的故事"), "sensitive", false)))));
        seed.load();

        Response created = curator().body(body).post("/api/v1/cases");

        created.then().statusCode(201)
                .body("region.prefecture.zh-TW", equalTo("臺南市"))
                .body("region.municipality.en", nullValue())
                .body("coordinates.latitude", equalTo(23.19f))
                .body("institutions.role", equalTo(List.of("LEAD_UNIVERSITY", "ENTERPRISE")))
                .body("programs[0].years", equalTo(List.of(2020, 2021, 2022)))
                .body("programs[0].display[2].kind", equalTo("TW_ACADEMIC"))
                .body("programs[0].display[2].roc", equalTo("111學年度"))
                .body("period.startYear", equalTo(2020))
                .body("period.start.roc", equalTo("民國109年"))
                .body("period.start.japaneseEra", equalTo("令和2年"))
                .body("indicators[0].series[0].year", equalTo(2015))
                .body("indicators[0].series[0].display.kind", equalTo("JP_FISCAL"))
                .body("indicators[0].series[0].display.japaneseEra", equalTo("平成27年度"))
                .body("indicators[0].targetYear", equalTo(2019))
                .body("evidence[0].locator", equalTo("p. 3"))
                .body("testimonies[0].text.zh-TW", equalTo("我們的故事"));
        Api.anonymous().header("Accept-Language", "ja").get("/api/v1/cases/" + created.path("slug"))
                .then().body("display.language", equalTo("ja")).body("display.startYear", equalTo("令和2年"));
        Api.anonymous().header("Accept-Language", "zh-TW").get("/api/v1/cases/" + created.path("slug"))
                .then().body("display.startYear", equalTo("民國109年"));
    }
}
