package io.revitalization.gateway.testing;

import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Issues keys through the admin API with the bootstrap admin key, as an administrator would. */
public final class AdminKeys {
    private AdminKeys() {
    }

    public record Issued(String id, String key) {
    }

    public static Issued partnerOfKochi() {
        return issue(Map.of("role", "partner", "institution", FakeServices.KOCHI_SLUG));
    }

    public static Issued issue(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.putIfAbsent("label", "test key " + fields);
        var answer = given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/admin/keys")
                .then().statusCode(201)
                .extract().jsonPath();
        return new Issued(answer.getString("id"), answer.getString("key"));
    }

    public static void revoke(String id) {
        given().header("X-API-Key", FakeServices.BOOTSTRAP_ADMIN_KEY)
                .when().delete("/api/v1/admin/keys/" + id)
                .then().statusCode(204);
    }
}
