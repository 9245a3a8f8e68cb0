package io.revitalization.cases.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.cases.testing.Api;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.revitalization.cases.testing.Api.minimalCase;
import static io.revitalization.cases.testing.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The institution directory and the program registry. */
@QuarkusTest
class DirectoryTest {

    @Test
    void anInstitutionIsCreatedReadListedByNameInAnyScriptReplacedAndGuardedByItsETag() {
        String slug = unique("shinshu");
        Map<String, Object> body = Map.of("slug", slug, "kind", "UNIVERSITY", "country", "JP",
                "name", Map.of("zh-TW", "信州大學 " + slug, "ja", "信州大学 " + slug, "en", "Shinshu University " + slug),
                "region", Map.of("zh-TW", "長野縣", "ja", "長野県", "en", "Nagano Prefecture"));

        Response created = Api.admin().body(body).post("/api/v1/institutions");

        created.then().statusCode(201).header("ETag", "\"1\"").body("slug", equalTo(slug));
        assertThat(created.header("Location")).isEqualTo("/api/v1/institutions/" + created.path("id"));
        Api.anonymous().header("Accept-Language", "ja").get("/api/v1/institutions/" + slug).then().statusCode(200)
                .body("displayName", equalTo("信州大学 " + slug)).body("region.ja", equalTo("長野県"));
        Api.anonymous().queryParam("name", "信州大学 " + slug).queryParam("country", "JP").get("/api/v1/institutions")
                .then().body("items.slug", equalTo(List.of(slug)));
        Api.anonymous().queryParam("name", "信州大學 " + slug).get("/api/v1/institutions")
                .then().body("items.slug", equalTo(List.of(slug)));

        Map<String, Object> renamed = Map.of("kind", "UNIVERSITY", "country", "JP",
                "name", Map.of("ja", "信州大学（改称）", "en", "Shinshu University, renamed"));
        Api.admin().header("If-Match", "\"1\"").body(renamed).put("/api/v1/institutions/" + slug)
                .then().statusCode(200).header("ETag", "\"2\"").body("name.zh-TW", equalTo(null));
        Api.admin().header("If-Match", "\"1\"").body(renamed).put("/api/v1/institutions/" + slug)
                .then().statusCode(412);
    }

    @Test
    void idsSelectTheInstitutionsTheyNameByIdOrSlug() {
        UUID first = Api.university("JP");
        UUID second = Api.university("TW");
        String secondSlug = Api.anonymous().get("/api/v1/institutions/" + second).path("slug");

        Api.anonymous().queryParam("ids", first + "," + secondSlug + ",no-such-institution")
                .get("/api/v1/institutions").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(first.toString(), second.toString()));
        Api.anonymous().queryParam("ids", first + "," + secondSlug).queryParam("country", "TW")
                .get("/api/v1/institutions").then().body("items.id", equalTo(List.of(second.toString())));
        Api.anonymous().queryParam("ids", ",").get("/api/v1/institutions").then().statusCode(400)
                .body("errors[0].field", equalTo("ids"));
    }

    @Test
    void renamingAnInstitutionUpdatesTheSearchOfItsCases() {
        UUID lead = Api.university("JP");
        String caseSlug = unique("renamed-lead-case");
        Api.create(Api.caseWith(lead, Map.of("slug", caseSlug)));
        String newName = "Ryukoku" + UUID.randomUUID().toString().substring(0, 6);

        Api.admin().body(Map.of("kind", "UNIVERSITY", "country", "JP", "name", Map.of("en", newName)))
                .put("/api/v1/institutions/" + lead).then().statusCode(200);

        Api.anonymous().queryParam("q", newName).get("/api/v1/cases/search").then()
                .body("items.case.slug", equalTo(List.of(caseSlug)))
                .body("items[0].matchingFields", equalTo(List.of("institutions")));
    }

    @Test
    void anInstitutionNamedByACaseCannotBeDeletedAndADeletedOneCannotLeadNewCases() {
        UUID named = Api.university("TW");
        Api.create(minimalCase(named, unique("naming case")));
        UUID unnamed = Api.university("TW");

        Api.admin().delete("/api/v1/institutions/" + named).then().statusCode(409);
        Api.admin().delete("/api/v1/institutions/" + unnamed).then().statusCode(204);

        Api.anonymous().get("/api/v1/institutions/" + unnamed).then().statusCode(200).body("deleted", equalTo(true));
        Api.curator().body(minimalCase(unnamed, "led by a deleted institution")).post("/api/v1/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("leadInstitution"));
        Api.curator().body(minimalCase(Api.institution("NPO", "TW"), "led by an NPO")).post("/api/v1/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("leadInstitution"));
    }

    @Test
    void programsAreAddedReadListedAndReplaced() {
        String code = unique("MEXT-TEST").toUpperCase();
        Map<String, Object> program = Map.of("code", code, "country", "JP", "sponsor", Api.institution("GOVERNMENT_AGENCY", "JP").toString(),
                "name", Map.of("ja", "テスト事業", "en", "Test program"), "startYear", "平成25年", "endYear", "令和元年");

        Api.curator().body(program).post("/api/v1/programs").then().statusCode(201)
                .body("startYear", equalTo(2013)).body("endYear", equalTo(2019))
                .body("sponsor.kind", equalTo("GOVERNMENT_AGENCY"));
        Api.curator().body(program).post("/api/v1/programs").then().statusCode(409);
        Api.anonymous().queryParam("country", "JP").queryParam("limit", 200).get("/api/v1/programs").then()
                .statusCode(200).body("items.code", hasItem(code));
        Api.curator().header("If-Match", "\"1\"")
                .body(Map.of("country", "JP", "name", Map.of("en", "Test program, renamed"), "startYear", 2013))
                .put("/api/v1/programs/" + code).then().statusCode(200).body("version", equalTo(2))
                .body("endYear", equalTo(null));
        Api.anonymous().get("/api/v1/programs/" + code).then().header("ETag", "\"2\"");
        Api.anonymous().get("/api/v1/programs/NO-SUCH-PROGRAM").then().statusCode(404);
    }

    @Test
    void theOpenApiDocumentDescribesEveryPath() {
        Api.anonymous().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", org.hamcrest.Matchers.hasItems("/api/v1/cases", "/api/v1/cases/{idOrSlug}",
                        "/api/v1/cases/search", "/api/v1/cases/export", "/api/v1/cases/import",
                        "/api/v1/cases/{idOrSlug}/revisions", "/api/v1/cases/{idOrSlug}/revisions/{version}",
                        "/api/v1/institutions", "/api/v1/programs"))
                .body("components.examples.case.value.slug", equalTo("ncku-guantian-black-gold"))
                .body("paths.'/api/v1/cases'.post.requestBody.content.'application/json'.examples.full.'$ref'",
                        equalTo("#/components/examples/caseFull"));
    }
}
