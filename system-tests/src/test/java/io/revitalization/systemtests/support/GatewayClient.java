package io.revitalization.systemtests.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * JSON over HTTP to the gateway (or a service), with an API key; a refused connection or a timeout is an IOException.
 * Safe to share between threads.
 */
public final class GatewayClient {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final String CONSISTENCY_TOKEN = "X-Consistency-Token";
    private final String baseUrl;

    public GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code consistencyToken}: the write's {@code X-Consistency-Token}, to send with what uses it elsewhere. */
    public record Answer(int status, JsonNode body, Optional<String> location, Optional<String> consistencyToken) {
        public boolean successful() {
            return status / 100 == 2;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Answer get(String path, String apiKey) throws IOException {
        return send(request(path, apiKey).GET());
    }

    public Answer post(String path, String apiKey, String idempotencyKey, Object body) throws IOException {
        return post(path, apiKey, idempotencyKey, null, body);
    }

    /** @param consistencyToken the token of an earlier write this one uses; null for none */
    public Answer post(String path, String apiKey, String idempotencyKey, String consistencyToken, Object body)
            throws IOException {
        HttpRequest.Builder request = request(path, apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (consistencyToken != null) {
            request.header(CONSISTENCY_TOKEN, consistencyToken);
        }
        return send(request);
    }

    public static String encode(String queryValue) {
        return URLEncoder.encode(queryValue, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? MissingNode.getInstance() : parse(response.body());
            return new Answer(response.statusCode(), body, response.headers().firstValue("Location"),
                    response.headers().firstValue(CONSISTENCY_TOKEN));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
