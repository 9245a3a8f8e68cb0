package io.revitalization.cases.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.revitalization.testsupport.TestTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests as clients make them, and test records with slugs no other test uses. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    public static RequestSpecification curator() {
        return as(TestTokens.curator());
    }

    public static RequestSpecification admin() {
        return as(TestTokens.admin());
    }

    public static RequestSpecification partnerOf(UUID institution) {
        return as(TestTokens.partner(institution));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new university in the directory; returns its id. */
    public static UUID university(String country) {
        return institution("UNIVERSITY", country);
    }

    public static UUID institution(String kind, String country) {
        String slug = unique("test-" + kind.toLowerCase().replace('_', '-'));
        Response response = admin().body(Map.of("slug", slug, "kind", kind, "country", country,
                        "name", Map.of("zh-TW", "測試機構 " + slug, "ja", "テスト機関 " + slug, "en", "Test institution " + slug)))
                .post("/api/v1/institutions");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return UUID.fromString(response.path("id"));
    }

    /** The smallest valid case: title, country and lead institution. */
    public static Map<String, Object> minimalCase(UUID lead, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("en", title));
        body.put("country", "TW");
        body.put("leadInstitution", lead.toString());
        return body;
    }

    public static Map<String, Object> caseWith(UUID lead, Map<String, Object> fields) {
        Map<String, Object> body = minimalCase(lead, unique("Case"));
        body.putAll(fields);
        return body;
    }

    /** Creates a case as curator; returns the response body's id. */
    public static String create(Map<String, Object> body) {
        Response response = curator().body(body).post("/api/v1/cases");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.path("id");
    }

    public static List<String> slugsOf(Response response) {
        return response.jsonPath().getList("items.slug");
    }
}
