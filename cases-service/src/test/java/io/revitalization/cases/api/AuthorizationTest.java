package io.revitalization.cases.api;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.cases.testing.Api;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.revitalization.cases.testing.Api.minimalCase;
import static io.revitalization.cases.testing.Api.partnerOf;
import static io.revitalization.cases.testing.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class AuthorizationTest {

    @Test
    void anonymousCallersReadButCannotWrite() {
        UUID lead = Api.university("TW");
        String id = Api.create(minimalCase(lead, unique("Public case")));

        Api.anonymous().get("/api/v1/cases/" + id).then().statusCode(200);
        Api.anonymous().body(minimalCase(lead, "x")).post("/api/v1/cases").then().statusCode(401)
                .contentType("application/problem+json");
        Api.anonymous().body(minimalCase(lead, "x")).put("/api/v1/cases/" + id).then().statusCode(401);
        Api.anonymous().delete("/api/v1/cases/" + id).then().statusCode(401);
        Api.anonymous().body("[]").post("/api/v1/cases/import").then().statusCode(401);
        Api.anonymous().body(Map.of("kind", "NPO", "country", "TW", "name", Map.of("en", "x")))
                .post("/api/v1/institutions").then().statusCode(401);
    }

    @Test
    void aPartnerWritesTheCasesItsInstitutionLeadsAndNoOthers() {
        UUID mine = Api.university("JP");
        UUID theirs = Api.university("TW");
        String theirCase = Api.create(minimalCase(theirs, unique("Their case")));

        String myCase = partnerOf(mine).body(minimalCase(mine, unique("My case"))).post("/api/v1/cases")
                .then().statusCode(201).extract().path("id");
        partnerOf(mine).body(minimalCase(mine, "My case, renamed")).put("/api/v1/cases/" + myCase)
                .then().statusCode(200).body("version", equalTo(2));

        partnerOf(mine).body(minimalCase(theirs, "planted")).post("/api/v1/cases").then().statusCode(403)
                .contentType("application/problem+json");
        partnerOf(mine).body(minimalCase(mine, "taken over")).put("/api/v1/cases/" + theirCase).then().statusCode(403);
        partnerOf(mine).delete("/api/v1/cases/" + theirCase).then().statusCode(403);
        partnerOf(mine).body(minimalCase(theirs, "handed away")).put("/api/v1/cases/" + myCase).then().statusCode(403);

        Api.anonymous().get("/api/v1/cases/" + theirCase).then().body("version", equalTo(1));
        Api.anonymous().get("/api/v1/cases/" + myCase).then().body("leadInstitution.id", equalTo(mine.toString()));
    }

    @Test
    void curatorsEditAnyCase() {
        UUID lead = Api.university("TW");
        String id = partnerOf(lead).body(minimalCase(lead, unique("Partner's case"))).post("/api/v1/cases")
                .then().statusCode(201).extract().path("id");

        Api.curator().body(minimalCase(lead, "Curated title")).put("/api/v1/cases/" + id).then().statusCode(200);
    }

    @Test
    void onlyCuratorsAndAdminsKeepTheDirectoryAndTheRegistry() {
        UUID partnerInstitution = Api.university("TW");
        Map<String, Object> institution = Map.of("kind", "NPO", "country", "TW", "name", Map.of("en", unique("NPO")));
        Map<String, Object> program = Map.of("code", unique("TEST-PROGRAM"), "country", "JP", "name", Map.of("en", "Test"));

        partnerOf(partnerInstitution).body(institution).post("/api/v1/institutions").then().statusCode(403);
        partnerOf(partnerInstitution).body(program).post("/api/v1/programs").then().statusCode(403);
        Api.curator().body(institution).post("/api/v1/institutions").then().statusCode(201);
        Api.admin().body(program).post("/api/v1/programs").then().statusCode(201);
    }

    @Test
    void whoMayWriteIsCheckedBeforeTheBody() {
        UUID partnerInstitution = Api.university("JP");
        UUID theirs = Api.university("TW");
        String theirCase = Api.create(minimalCase(theirs, unique("Their case")));
        UUID institution = Api.institution("NPO", "TW");

        for (String body : List.of("{}", "{\"unknown\": 1}")) {
            partnerOf(partnerInstitution).body(body).post("/api/v1/institutions").then().statusCode(403)
                    .contentType("application/problem+json");
            partnerOf(partnerInstitution).body(body).put("/api/v1/institutions/" + institution).then().statusCode(403);
            partnerOf(partnerInstitution).body(body).post("/api/v1/programs").then().statusCode(403);
            partnerOf(partnerInstitution).body(body).put("/api/v1/programs/MEXT-COC").then().statusCode(403);
        }
        partnerOf(partnerInstitution).body("{}").put("/api/v1/cases/" + theirCase).then().statusCode(403)
                .contentType("application/problem+json");
        Api.curator().body("{}").post("/api/v1/institutions").then().statusCode(400)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void forgedAndExpiredTokensAre401EvenForReads() {
        UUID lead = Api.university("TW");

        for (String token : List.of(TestTokens.forged(TestTokens.CURATOR), TestTokens.expired(TestTokens.CURATOR),
                TestTokens.forged(TestTokens.ADMIN), "not-a-jwt")) {
            Api.as(token).body(minimalCase(lead, "x")).post("/api/v1/cases").then().statusCode(401);
            Api.as(token).get("/api/v1/cases").then().statusCode(401);
        }
    }
}
