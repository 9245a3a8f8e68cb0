package io.revitalization.testsupport.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** An open change stream (Server-Sent Events), read line by line on a thread of its own. */
public final class ChangeStream implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChangeStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (UncheckedIOException closed) {
                // the test is done with the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    public static ChangeStream open(URL url) throws Exception {
        return new ChangeStream(HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(url.toString())).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS));
    }

    public Optional<String> contentType() {
        return response.headers().firstValue("content-type");
    }

    /** Waits up to 20 s for an event of the name whose data matches; returns the data. */
    public JsonNode await(String name, Predicate<JsonNode> matching) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String currentName = null;
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.startsWith("event:")) {
                currentName = line.substring(6).trim();
            } else if (line.startsWith("data:") && name.equals(currentName)) {
                JsonNode data = JSON.readTree(line.substring(5));
                if (matching.test(data)) {
                    return data;
                }
            }
        }
        throw new AssertionError("no matching '" + name + "' event within " + WAIT.toSeconds() + " s");
    }

    @Override
    public void close() {
        response.body().close();
    }
}
