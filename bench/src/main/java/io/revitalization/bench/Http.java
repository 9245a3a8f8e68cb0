package io.revitalization.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** The HTTP calls of the benchmarks: JDK HttpClient (HTTP/1.1, kept-alive connections), bodies as JSON. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** An answer and how long it took from sending the request to reading the whole body. */
    record Answer(int status, HttpResponse<String> response, double millis) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String body() {
            return response.body();
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body(), e);
            }
        }

        Answer requireOk(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + " answered " + status + " " + response.headers().map() + ": "
                        + body());
            }
            return this;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Answer get(String url, String... headers) {
        return send(request(url, headers).GET().build());
    }

    /** {@link #get}, failing (as an {@link UncheckedIOException}) when no answer has come in {@code timeout}. */
    Answer get(Duration timeout, String url, String... headers) {
        return send(request(url, headers).timeout(timeout).GET().build());
    }

    Answer post(String url, String key, String contentType, byte[] body) {
        return send(postRequest(url, key, contentType, body));
    }

    Answer postJson(String url, String key, Object body) {
        return post(url, key, "application/json", bytes(body));
    }

    HttpClient client() {
        return client;
    }

    static byte[] bytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpRequest jsonPost(String url, String key, Object body) {
        return postRequest(url, key, "application/json", bytes(body));
    }

    private static HttpRequest postRequest(String url, String key, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(url).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            builder.header("X-API-Key", key);
        }
        return builder.build();
    }

    private static HttpRequest.Builder request(String url, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Answer send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response, (System.nanoTime() - start) / 1e6);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
