package io.revitalization.gateway.edge.limits;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.revitalization.gateway.testing.AdminKeys;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class LimitsTest {

    @Inject
    Vertx vertx;

    @Test
    void aKeyOverItsRateIsAnswered429WithRetryAfter() {
        AdminKeys.Issued slow = AdminKeys.issue(Map.of("role", "curator", "requestsPerSecond", 1));
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 5; i++) {
            var answer = given().header("X-API-Key", slow.key()).when().get("/api/v1/cases").then().extract();
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 429) {
                retryAfter = answer.header("Retry-After");
                assertThat(answer.contentType()).isEqualTo("application/problem+json");
            }
        }
        assertThat(statuses).startsWith(200, 200).contains(429);
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 2);
        // another key is not affected
        given().header("X-API-Key", AdminKeys.issue(Map.of("role", "curator")).key())
                .when().get("/api/v1/cases").then().statusCode(200);
    }

    @Test
    void oneAddressOverItsRateIsAnswered429WhileOthersGoOn() throws Exception {
        HttpClient fromOtherAddress = vertx.createHttpClient(new HttpClientOptions().setLocalAddress("127.0.0.9"));
        try {
            int refused = 0;
            String retryAfter = null;
            for (int i = 0; i < 400 && refused == 0; i++) {
                HttpClientResponse answer = get(fromOtherAddress, "/api/v1/comparisons/overview", Map.of());
                if (answer.statusCode() == 429) {
                    refused++;
                    retryAfter = answer.getHeader("Retry-After");
                }
            }
            assertThat(refused).isEqualTo(1);
            assertThat(retryAfter).isNotNull();
            // wrong keys count against the address too: the bucket refills 5 tokens a second, so on a slow machine
            // a guess may still find one (401), but guesses in a row empty it again (429)
            List<Integer> guesses = new ArrayList<>();
            for (int i = 0; i < 20 && !guesses.contains(429); i++) {
                guesses.add(get(fromOtherAddress, "/api/v1/cases", Map.of("X-API-Key", "rvk_guess")).statusCode());
            }
            assertThat(guesses).contains(429).allMatch(status -> status == 401 || status == 429);
            // a valid key is limited by its own bucket, not its address's
            String key = AdminKeys.issue(Map.of("role", "curator")).key();
            assertThat(get(fromOtherAddress, "/api/v1/cases", Map.of("X-API-Key", key)).statusCode()).isEqualTo(200);
        } finally {
            fromOtherAddress.close();
        }
        given().when().get("/api/v1/cases").then().statusCode(200);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeAnyServiceIsCalled() {
        given().contentType(ContentType.JSON).body(new byte[1024 * 1024 + 1])
                .when().post("/api/v1/cases")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("1048576"));
    }

    @Test
    void theImportPathTakesLargerBodiesStreamed() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> accepted = client.send(importOf(5 * 1024 * 1024),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(201);
        assertThat(new io.vertx.core.json.JsonObject(accepted.body()).getInteger("bodyBytes")).isEqualTo(5 * 1024 * 1024);

        java.net.http.HttpResponse<String> refused = client.send(importOf(8 * 1024 * 1024 + 1),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    private static java.net.http.HttpRequest importOf(int bytes) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + RestAssured.port
                        + "/api/v1/cases/import"))
                .header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[bytes]))
                .build();
    }

    @Test
    void aChunkedBodyIsCountedWhileItStreams() throws Exception {
        HttpClient client = vertx.createHttpClient();
        try {
            Answer small = sendChunked(client, "/api/v1/cases", 3, 100 * 1024);
            assertThat(small.status()).isEqualTo(201);
            assertThat(small.body().toJsonObject().getInteger("bodyBytes")).isEqualTo(300 * 1024);

            Answer large = sendChunked(client, "/api/v1/cases", 12, 100 * 1024);
            assertThat(large.status()).isEqualTo(413);
            assertThat(large.contentType()).isEqualTo("application/problem+json");
            assertThat(large.body().toJsonObject().getInteger("status")).isEqualTo(413);
        } finally {
            client.close();
        }
        given().when().get("/api/v1/cases").then().statusCode(200);
    }

    private HttpClientResponse get(HttpClient client, String path, Map<String, String> headers) throws Exception {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setHost("127.0.0.1").setPort(RestAssured.port).setURI(path);
        headers.forEach(options::putHeader);
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private record Answer(int status, String contentType, Buffer body) {
    }

    private Answer sendChunked(HttpClient client, String path, int chunks, int chunkSize) throws Exception {
        return client.request(new RequestOptions().setMethod(HttpMethod.POST)
                        .setHost("127.0.0.1").setPort(RestAssured.port).setURI(path)
                        .putHeader("Content-Type", "application/json"))
                .compose(request -> {
                    request.setChunked(true);
                    for (int i = 0; i < chunks; i++) {
                        request.write(Buffer.buffer(new byte[chunkSize]));
                    }
                    request.end();
                    return request.response();
                })
                .compose(response -> response.body().map(body ->
                        new Answer(response.statusCode(), response.getHeader("Content-Type"), body)))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
