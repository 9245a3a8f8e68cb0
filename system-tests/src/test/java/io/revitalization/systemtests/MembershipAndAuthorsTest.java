package io.revitalization.systemtests;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Membership needs the named university's consent; authors are shown by their key's label; access before body. */
class MembershipAndAuthorsTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    @Test
    void aUniversityNamedByAnotherIsPendingUntilOneOfItsKeysConfirms() {
        String ncku = (String) partnerKey("ncku").get("key");
        String kochi = (String) partnerKey("kochi-university").get("key");
        String slug = "ncku-kochi-consent-" + UUID.randomUUID().toString().substring(0, 8);

        gateway().header("X-API-Key", ncku).body(Map.of("slug", slug, "title", Map.of("en", "NCKU × Kochi exchange"),
                        "kind", "JOINT_COURSE", "public", true,
                        "members", List.of(Map.of("institution", "ncku", "role", "LEAD"),
                                Map.of("institution", "kochi-university", "role", "LEAD"))))
                .post("/api/v1/partnerships")
                .then().statusCode(201).body("members.consent", contains("CONFIRMED", "PENDING"));
        gateway().header("X-API-Key", ncku).post("/api/v1/partnerships/" + slug + "/members/kochi-university/consent")
                .then().statusCode(403).contentType(containsString("application/problem+json"));
        gateway().header("X-API-Key", kochi).post("/api/v1/partnerships/" + slug + "/members/kochi-university/consent")
                .then().statusCode(200).body("members.consent", contains("CONFIRMED", "CONFIRMED"));
    }

    @Test
    void revisionsNameTheKeysLabelAndOnlyAdminsSeeItsId() {
        Map<String, Object> key = partnerKey("ncku");
        String id = gateway().header("X-API-Key", (String) key.get("key"))
                .body(Map.of("title", Map.of("en", "Authored case " + UUID.randomUUID()), "country", "TW",
                        "leadInstitution", "ncku"))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");

        String history = gateway().get("/api/v1/cases/" + id + "/revisions").then().statusCode(200)
                .body("items[0].author.name", equalTo("partner ncku")).extract().asString();
        assertThat(history).doesNotContain((String) key.get("id"));
        gateway().header("X-API-Key", SUITE.adminKey()).get("/api/v1/cases/" + id + "/revisions")
                .then().body("items[0].author.subject", equalTo(key.get("id")));
    }

    @Test
    void aPartnerIsRefusedBeforeItsBodyIsRead() {
        gateway().header("X-API-Key", (String) partnerKey("ncku").get("key")).body(Map.of())
                .post("/api/v1/institutions")
                .then().statusCode(403).contentType(containsString("application/problem+json"));
    }

    private static Map<String, Object> partnerKey(String institution) {
        return gateway().header("X-API-Key", SUITE.adminKey())
                .body(Map.of("label", "partner " + institution, "role", "partner", "institution", institution))
                .post("/api/v1/admin/keys").then().statusCode(201).extract().as(Map.class);
    }

    private static RequestSpecification gateway() {
        return given().baseUri(SUITE.gatewayUrl()).contentType(ContentType.JSON);
    }
}
