package io.revitalization.comparison;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.Fixtures.TestCase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Comparison reads are conditional and cached per data version; a change is announced on the event stream. */
@QuarkusTest
class CachingAndChangesTest {
    private static final Pattern COMPUTATIONS = Pattern.compile(
            "comparison_computations_total\\{endpoint=\"distributions\"[^}]*} ([0-9.E]+)");

    @TestHTTPResource("/api/v1/comparisons/changes")
    URL changes;

    @Test
    void anUnchangedComparisonIsNeitherRecomputedNorResent() {
        String codebook = Fixtures.codebook();
        String country = Fixtures.unique("E");
        TestCase x = Fixtures.knownCase(country, List.of("P"), UUID.randomUUID());
        Fixtures.coding(codebook, x, 2021, "value", "c1", "x");
        Map<String, String> query = Map.of("codebook", codebook, "dimension", "value", "groups", country);

        String etag = given().queryParams(query).get("/api/v1/comparisons/distributions")
                .then().statusCode(200)
                .header("Cache-Control", containsString("no-cache"))
                .extract().header("ETag");
        double computed = computations();

        given().queryParams(query).header("If-None-Match", etag).get("/api/v1/comparisons/distributions")
                .then().statusCode(304).header("ETag", equalTo(etag));
        given().queryParams(query).get("/api/v1/comparisons/distributions")
                .then().statusCode(200).header("ETag", equalTo(etag));
        assertThat(computations()).as("neither the 304 nor the second read computed anything").isEqualTo(computed);

        TestCase y = Fixtures.knownCase(country, List.of("P"), UUID.randomUUID());
        Fixtures.coding(codebook, y, 2021, "value", "c1", "y");
        given().queryParams(query).header("If-None-Match", etag).get("/api/v1/comparisons/distributions")
                .then().statusCode(200).header("ETag", not(equalTo(etag)))
                .body("groups[0].years[0].distribution.n", equalTo(2));
        assertThat(computations()).isEqualTo(computed + 1);
    }

    @Test
    void theSameQueryWrittenDifferentlyHasTheSameETag() {
        String codebook = Fixtures.codebook();
        String country = Fixtures.unique("E");
        TestCase x = Fixtures.knownCase(country, List.of("P"), UUID.randomUUID());
        Fixtures.coding(codebook, x, 2021, "value", "c1", "x");

        String first = given().queryParams(Map.of("codebook", codebook, "dimension", "value", "groups", country))
                .get("/api/v1/comparisons/distributions").then().statusCode(200).extract().header("ETag");
        String second = given().queryParams(Map.of("groups", country + " ", "dimension", "value",
                        "codebook", codebook, "from", "2021", "to", "2025"))
                .get("/api/v1/comparisons/distributions").then().statusCode(200).extract().header("ETag");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theChangeStreamAnnouncesANewCoding() throws Exception {
        String codebook = Fixtures.codebook();
        TestCase x = Fixtures.knownCase(Fixtures.unique("S"), List.of("P"), UUID.randomUUID());
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<Stream<String>>> stream = client.sendAsync(
                HttpRequest.newBuilder(URI.create(changes.toString())).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        long readyVersion = awaitEvent(lines, "ready", null);

        Fixtures.coding(codebook, x, 2023, "stage", "c1", "s");

        long changedVersion = awaitEvent(lines, "change", "\"stage\"");
        assertThat(changedVersion).isGreaterThan(readyVersion);
        response.body().close();
    }

    /** Waits for an event of the name (whose data contains the text, if given); returns its data version. */
    private static long awaitEvent(BlockingQueue<String> lines, String name, String containing)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String currentName = null;
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            if (line.startsWith("event:")) {
                currentName = line.substring(6).trim();
            } else if (line.startsWith("data:") && name.equals(currentName)
                    && (containing == null || line.contains(containing))) {
                Matcher version = Pattern.compile("\"dataVersion\":(\\d+)").matcher(line);
                assertThat(version.find()).as("data version in " + line).isTrue();
                return Long.parseLong(version.group(1));
            }
        }
        throw new AssertionError("no '" + name + "' event" + (containing == null ? "" : " with " + containing));
    }

    private static double computations() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = COMPUTATIONS.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
