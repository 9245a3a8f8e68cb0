package io.revitalization.gateway.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.revitalization.gateway.testing.AdminKeys;
import io.revitalization.gateway.testing.FakeServices;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AdminApiTest {
    private static final String KEYS = "/api/v1/admin/keys";

    @Test
    void anAdminIssuesAPartnerKeyThatIsShownOnceAndStoredOnlyAsAHash() {
        io.restassured.response.Response issued = given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                .contentType(ContentType.JSON)
                .body(Map.of("label", "高知大学 partner office 🌊", "role", "partner",
                        "institution", FakeServices.KOCHI_SLUG, "expiresAt", "2099-03-31T23:59:59+09:00"))
                .when().post(KEYS)
                .then().statusCode(201)
                .body("role", equalTo("partner"))
                .body("institution", equalTo(FakeServices.KOCHI_ID))
                .body("label", equalTo("高知大学 partner office 🌊"))
                .extract().response();
        String id = issued.jsonPath().getString("id");
        String key = issued.jsonPath().getString("key");
        assertThat(issued.header("Location")).isEqualTo(KEYS + "/" + id); // relative, as every service's
        assertThat(key).startsWith("rvk_").hasSize(4 + 43);

        String read = given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                .when().get(KEYS + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("active"))
                .extract().asString();
        assertThat(OffsetDateTime.parse(JsonPath.from(read).getString("expiresAt")))
                .isAtSameInstantAs(OffsetDateTime.parse("2099-03-31T23:59:59+09:00"));
        assertThat(read).doesNotContain(key).doesNotContain(key.substring(4)).doesNotContain("Hash").doesNotContain("hash");

        given().header("X-API-Key", key).when().get("/api/v1/cases").then().statusCode(200);
    }

    @Test
    void theListPagesWithoutEverShowingAKey() {
        AdminKeys.Issued first = AdminKeys.issue(Map.of("role", "curator"));
        AdminKeys.Issued second = AdminKeys.issue(Map.of("role", "curator"));
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                    .queryParam("limit", 2).queryParam("role", "curator");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get(KEYS).then().statusCode(200).extract();
            assertThat(page.asString()).doesNotContain(first.key()).doesNotContain(second.key());
            seen.addAll(page.jsonPath().getList("items.id"));
            assertThat(page.jsonPath().getList("items.role")).containsOnly("curator");
            cursor = page.jsonPath().getString("next");
            if (cursor != null) {
                assertThat(page.header("Link")).contains("rel=\"next\"");
            }
        } while (cursor != null);
        assertThat(seen).contains(first.id(), second.id()).doesNotHaveDuplicates();
    }

    @Test
    void revokedKeysAreListedAsRevoked() {
        AdminKeys.Issued key = AdminKeys.issue(Map.of("role", "curator"));
        AdminKeys.revoke(key.id());
        AdminKeys.revoke(key.id());
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                .queryParam("status", "revoked").queryParam("limit", 200)
                .when().get(KEYS)
                .then().statusCode(200)
                .body("items.id", hasItem(key.id()));
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                .when().get(KEYS + "/" + key.id())
                .then().body("status", equalTo("revoked")).body("revokedAt", not(nullValue()));
    }

    @Test
    void aPartnerOrACuratorCannotUseTheAdminApi() {
        for (AdminKeys.Issued key : List.of(AdminKeys.partnerOfKochi(), AdminKeys.issue(Map.of("role", "curator")))) {
            given().header("X-API-Key", key.key()).when().get(KEYS)
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("X-API-Key", key.key()).contentType(ContentType.JSON)
                    .body(Map.of("label", "escalation", "role", "admin"))
                    .when().post(KEYS)
                    .then().statusCode(403);
            given().header("X-API-Key", key.key()).when().delete(KEYS + "/" + key.id())
                    .then().statusCode(403);
        }
    }

    @Test
    void anonymousCallersAreAskedForAKey() {
        given().when().get(KEYS).then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("label", "x", "role", "admin"))
                .when().post(KEYS).then().statusCode(401);
    }

    @Test
    void invalidRequestsNameTheField() {
        issueExpecting400(Map.of("label", "no institution", "role", "partner"), "institution");
        issueExpecting400(Map.of("label", "unknown institution", "role", "partner", "institution", "atlantis-u"),
                "institution");
        issueExpecting400(Map.of("label", "bad role", "role", "superuser"), "role");
        issueExpecting400(Map.of("role", "curator"), "label");
        issueExpecting400(Map.of("label", "x".repeat(201), "role", "curator"), "label");
        issueExpecting400(Map.of("label", "past", "role", "curator", "expiresAt", "2001-01-01T00:00:00Z"), "expiresAt");
        issueExpecting400(Map.of("label", "rate", "role", "curator", "requestsPerSecond", 0), "requestsPerSecond");
        issueExpecting400(Map.of("label", "rate", "role", "curator", "requestsPerSecond", "many"), "requestsPerSecond");
        issueExpecting400(Map.of("label", "own id", "role", "curator", "id", "0f8e3c1a-6d1b-4c55-9a51-2f0e9b7c1d11"), "id");
        issueExpecting400(Map.of("label", "own key", "role", "curator", "key", "rvk_chosen-by-the-client"), "key");
        issueExpecting400(Map.of("label", "'; DROP TABLE api_key; --", "role", "curator",
                "institution", "' OR '1'='1"), "institution");
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY).queryParam("status", "sleeping")
                .when().get(KEYS).then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY).queryParam("limit", 500)
                .when().get(KEYS).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY).queryParam("institution", "kochi")
                .when().get(KEYS).then().statusCode(400).body("errors[0].field", equalTo("institution"));
    }

    @Test
    void unknownKeysAre404() {
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                .when().get(KEYS + "/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                .when().delete(KEYS + "/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void theLastActiveAdminKeyCannotBeRevoked() {
        String bootstrapId = null;
        for (Map<String, Object> admin : activeAdmins()) {
            if ("bootstrap".equals(admin.get("createdBy"))) {
                bootstrapId = (String) admin.get("id");
            } else {
                AdminKeys.revoke((String) admin.get("id"));
            }
        }
        assertThat(bootstrapId).isNotNull();
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                .when().delete(KEYS + "/" + bootstrapId)
                .then().statusCode(409).contentType("application/problem+json");
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY).when().get(KEYS).then().statusCode(200);
    }

    @Test
    void anotherAdminKeyCanManageKeysAndBeRevoked() {
        AdminKeys.Issued admin = AdminKeys.issue(Map.of("role", "admin"));
        String curatorId = given().header("X-API-Key", admin.key()).contentType(ContentType.JSON)
                .body(Map.of("label", "issued by a second admin", "role", "curator"))
                .when().post(KEYS)
                .then().statusCode(201).extract().jsonPath().getString("id");
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY).when().get(KEYS + "/" + curatorId)
                .then().body("createdBy", equalTo(admin.id()));
        AdminKeys.revoke(admin.id());
        given().header("X-API-Key", admin.key()).when().get(KEYS).then().statusCode(401);
    }

    private static List<Map<String, Object>> activeAdmins() {
        return given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                .queryParam("role", "admin").queryParam("status", "active").queryParam("limit", 200)
                .when().get(KEYS)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static void issueExpecting400(Map<String, Object> body, String field) {
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                .contentType(ContentType.JSON).body(body)
                .when().post(KEYS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
