package io.revitalization.cases.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.cases.testing.Api;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.revitalization.cases.testing.Api.caseWith;
import static io.revitalization.cases.testing.Api.minimalCase;
import static io.revitalization.cases.testing.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CaseRevisionTest {

    @Test
    void everyChangeIsARevisionSayingWhoChangedWhatAndWhen() {
        UUID lead = Api.university("JP");
        UUID keyId = UUID.randomUUID();
        String partner = TestTokens.issue(keyId, TestTokens.PARTNER, lead, "Kochi University – partner office");
        String id = Api.as(partner).body(minimalCase(lead, "First title")).post("/api/v1/cases")
                .then().statusCode(201).extract().path("id");
        Api.as(partner).header("If-Match", "\"1\"")
                .body(caseWith(lead, Map.of("title", Map.of("en", "Second title"), "sdgs", List.of(4))))
                .put("/api/v1/cases/" + id).then().statusCode(200);
        Api.curator().header("If-Match", "\"2\"")
                .body(caseWith(lead, Map.of("title", Map.of("en", "Second title", "ja", "二番目の題"), "sdgs", List.of(4))))
                .put("/api/v1/cases/" + id).then().statusCode(200);

        Response history = Api.anonymous().get("/api/v1/cases/" + id + "/revisions");

        history.then().statusCode(200)
                .body("items.version", equalTo(List.of(1, 2, 3)))
                .body("items.change", equalTo(List.of("CREATED", "UPDATED", "UPDATED")))
                .body("items[0].author.name", equalTo("Kochi University – partner office"))
                .body("items[0].author.institutionId", equalTo(lead.toString()))
                .body("items[2].author.institutionId", equalTo(null));
        assertThat(history.jsonPath().<String>getList("items[0].changedFields")).contains("title", "country");
        assertThat(history.jsonPath().<String>getList("items[1].changedFields")).containsExactly("title.en", "sdgs");
        assertThat(history.jsonPath().<String>getList("items[2].changedFields")).containsExactly("title.ja");
        assertThat(history.jsonPath().<String>getList("items.changedAt")).doesNotContainNull();
    }

    @Test
    void theAuthorsKeyIdIsShownToAdminsOnly() {
        UUID lead = Api.university("JP");
        UUID keyId = UUID.randomUUID();
        String id = Api.as(TestTokens.issue(keyId, TestTokens.PARTNER, lead, "Kochi field team"))
                .body(minimalCase(lead, "Whose key")).post("/api/v1/cases").then().statusCode(201).extract().path("id");

        for (var reader : List.of(Api.anonymous(), Api.curator(), Api.as(TestTokens.partner(lead)))) {
            Response history = reader.get("/api/v1/cases/" + id + "/revisions");
            history.then().statusCode(200).body("items[0].author.name", equalTo("Kochi field team"))
                    .body("items[0].author.institutionId", equalTo(lead.toString()));
            assertThat(history.asString()).doesNotContain(keyId.toString());
            assertThat(reader.get("/api/v1/cases/" + id + "/revisions/1").asString()).doesNotContain(keyId.toString());
        }
        Api.as(TestTokens.admin()).get("/api/v1/cases/" + id + "/revisions").then()
                .body("items[0].author.subject", equalTo(keyId.toString()))
                .body("items[0].author.name", equalTo("Kochi field team"));
    }

    @Test
    void anyOldRevisionCanBeRead() {
        UUID lead = Api.university("TW");
        String id = Api.create(minimalCase(lead, "Before"));
        Api.curator().body(minimalCase(lead, "After")).put("/api/v1/cases/" + id).then().statusCode(200);

        Api.anonymous().get("/api/v1/cases/" + id + "/revisions/1").then().statusCode(200)
                .body("version", equalTo(1))
                .body("asOfRevision.title.en", equalTo("Before"))
                .body("asOfRevision.version", equalTo(1));
        Api.anonymous().get("/api/v1/cases/" + id + "/revisions/2").then().body("asOfRevision.title.en", equalTo("After"));
        Api.anonymous().get("/api/v1/cases/" + id + "/revisions/3").then().statusCode(404);
        Api.anonymous().get("/api/v1/cases/" + id + "/revisions/first").then().statusCode(400);
    }

    @Test
    void revisionsArePaged() {
        UUID lead = Api.university("TW");
        String slug = unique("paged-history");
        Map<String, Object> body = caseWith(lead, Map.of("slug", slug));
        Api.create(body);
        for (int i = 1; i <= 3; i++) {
            Api.curator().body(caseWith(lead, Map.of("slug", slug, "sdgs", List.of(i)))).put("/api/v1/cases/" + slug)
                    .then().statusCode(200);
        }

        Response first = Api.anonymous().queryParam("limit", 3).get("/api/v1/cases/" + slug + "/revisions");
        Response second = Api.anonymous().queryParam("cursor", first.<String>path("next"))
                .get("/api/v1/cases/" + slug + "/revisions");

        first.then().body("items.version", equalTo(List.of(1, 2, 3)));
        assertThat(first.header("Link")).contains("rel=\"next\"");
        second.then().body("items.version", equalTo(List.of(4))).body("next", equalTo(null));
    }
}
