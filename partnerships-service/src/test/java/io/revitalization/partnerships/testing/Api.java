package io.revitalization.partnerships.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** The calls tests make over and over. */
public final class Api {
    public static final String PARTNERSHIPS = "/api/v1/partnerships";

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Creates a partnership and returns its id. */
    public static String create(Map<String, Object> body, String token) {
        return as(token).body(body).post(PARTNERSHIPS).then().statusCode(201).extract().path("id");
    }

    /** Posts an update and returns its id. */
    public static String post(String partnership, Map<String, Object> body, String token) {
        return as(token).body(body).post(PARTNERSHIPS + "/" + partnership + "/updates")
                .then().statusCode(201).extract().path("id");
    }
}
