package io.revitalization.systemtests;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.revitalization.localstack.ServiceProcess;
import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.Jwts;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The OWASP API Security Top 10 (2023) items that apply, end to end through the gateway against the real suite. */
class ApiSecurityTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    @Test
    void universityCannotWriteAnotherUniversitysCaseNorPostToItsPartnership() {
        String ncku = partnerKey("ncku");
        gateway().header("X-API-Key", ncku).header("If-Match", "\"1\"")
                .body(Map.of("title", Map.of("en", "taken over"), "country", "JP",
                        "leadInstitution", "kochi-university"))
                .put("/api/v1/cases/kochi-ubc")
                .then().statusCode(403).contentType(containsString("application/problem+json"));
        gateway().header("X-API-Key", ncku)
                .body(Map.of("kind", "ACTIVITY", "date", "2025-06-01", "direction", "MUTUAL",
                        "text", Map.of("en", "not our partnership")))
                .post("/api/v1/partnerships/nkust-kochi-joint-competition/updates")
                .then().statusCode(403);
        gateway().get("/api/v1/partnerships/nkust-kochi-joint-competition/updates")
                .then().statusCode(200).body("items.text.en", not(hasItem("not our partnership")));
    }

    @Test
    void missingWrongAndRevokedKeysAreRefused() {
        Map<String, Object> institution = Map.of("kind", "UNIVERSITY", "country", "TW",
                "name", Map.of("en", "Nobody's University"));
        gateway().body(institution).post("/api/v1/institutions").then().statusCode(401);
        gateway().header("X-API-Key", "rvk_not-a-key-at-all-000000000000").body(institution)
                .post("/api/v1/institutions").then().statusCode(401);

        Map<String, Object> issued = issueKey(Map.of("label", "to be revoked", "role", "curator"));
        admin().delete("/api/v1/admin/keys/" + issued.get("id")).then().statusCode(204);
        gateway().header("X-API-Key", (String) issued.get("key")).body(institution)
                .post("/api/v1/institutions").then().statusCode(401);
    }

    @Test
    void forgedOrExpiredTokensSentStraightToAServiceWriteNothing() throws Exception {
        String cases = SUITE.suite().url(SuiteService.CASES);
        UUID anyInstitution = UUID.randomUUID();
        String slug = "forged-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> institution = Map.of("slug", slug, "kind", "UNIVERSITY", "country", "TW",
                "name", Map.of("en", "Forged University"));
        for (String token : List.of(Jwts.forged("admin", anyInstitution),
                Jwts.expired(SUITE.suite().dataDirectory().resolve("jwt/privateKey.pem"), "admin", anyInstitution))) {
            given().baseUri(cases).contentType(ContentType.JSON).auth().oauth2(token).body(institution)
                    .post("/api/v1/institutions").then().statusCode(401);
        }
        given().baseUri(cases).contentType(ContentType.JSON).body(institution)
                .post("/api/v1/institutions").then().statusCode(401);
        given().baseUri(cases).get("/api/v1/institutions/" + slug).then().statusCode(404);
    }

    @Test
    void clientsCannotSetServerOwnedFieldsNorReadSensitiveContent() {
        String kochi = partnerKey("kochi-university");
        for (Map.Entry<String, Object> serverOwned : Map.<String, Object>of("id", UUID.randomUUID().toString(),
                "version", 99, "createdAt", "2020-01-01T00:00:00Z").entrySet()) {
            gateway().header("X-API-Key", kochi)
                    .body(Map.of(serverOwned.getKey(), serverOwned.getValue(),
                            "title", Map.of("en", "with my own " + serverOwned.getKey()), "country", "JP",
                            "leadInstitution", "kochi-university"))
                    .post("/api/v1/cases")
                    .then().statusCode(400).body("errors.field", hasItem(serverOwned.getKey()));
        }

        gateway().get("/api/v1/cases/nsysu-cijin-goddesses-ghosts-daughters")
                .then().statusCode(200).body("summary", equalTo(null)).body("withheld", hasItem("summary"));
        gateway().get("/api/v1/cases?limit=200")
                .then().statusCode(200).body("items.slug", not(hasItem("nsysu-cijin-goddesses-ghosts-daughters")));
        gateway().header("X-API-Key", curatorKey()).get("/api/v1/cases/nsysu-cijin-goddesses-ghosts-daughters")
                .then().statusCode(200).body("summary", notNullValue());
    }

    @Test
    void partnerCannotCallTheAdminApiAndErrorsCarryNoStackTraces() {
        given().baseUri(SUITE.gatewayUrl()).header("X-API-Key", partnerKey("ncku"))
                .get("/api/v1/admin/keys").then().statusCode(403);
        String body = gateway().body("{\"title\": ").post("/api/v1/cases")
                .then().statusCode(400).extract().asString();
        assertThat(body).doesNotContain("at io.").doesNotContain("Exception");
    }

    @Test
    void aStoppedServiceAnswers503FastWhileTheOthersStillAnswer() throws Exception {
        ServiceProcess partnerships = SUITE.suite().service(SuiteService.PARTNERSHIPS);
        partnerships.stop();
        try {
            long started = System.nanoTime();
            gateway().get("/api/v1/partnerships").then().statusCode(503)
                    .contentType(containsString("application/problem+json"));
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms until the 503").isLessThan(5_000);
            gateway().get("/api/v1/cases/kochi-ubc").then().statusCode(200);
            gateway().get("/api/v1/comparisons/summary").then().statusCode(200);
        } finally {
            partnerships.restart();
        }
        gateway().get("/api/v1/partnerships").then().statusCode(200);
    }

    private static String partnerKey(String institution) {
        return (String) issueKey(Map.of("label", "partner " + institution, "role", "partner",
                "institution", institution)).get("key");
    }

    private static String curatorKey() {
        return (String) issueKey(Map.of("label", "curator", "role", "curator")).get("key");
    }

    private static Map<String, Object> issueKey(Map<String, Object> request) {
        return admin().body(request).post("/api/v1/admin/keys").then().statusCode(201).extract().as(Map.class);
    }

    private static RequestSpecification admin() {
        return gateway().header("X-API-Key", SUITE.adminKey());
    }

    private static RequestSpecification gateway() {
        return given().baseUri(SUITE.gatewayUrl()).contentType(ContentType.JSON);
    }
}
