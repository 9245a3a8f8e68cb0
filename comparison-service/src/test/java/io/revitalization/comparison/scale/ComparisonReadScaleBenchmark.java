package io.revitalization.comparison.scale;

import io.revitalization.comparison.app.readmodel.CaseHistories;
import io.revitalization.comparison.testing.SyntheticCodings;
import io.revitalization.comparison.testing.SyntheticHistories;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Measures the cold latency of every comparison read (the first computation after a data change, which dashboards
 * hit after every write) with 100 and with 100,000 synthetic coded cases, and prints the ratio (issue 7's target:
 * at most 1.5). Not part of the normal test run (surefire runs *Test and *Properties classes only, and timing
 * assertions do not belong in tests); run it with
 *
 * <pre>./mvnw -pl comparison-service test -Dtest=ComparisonReadScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Results go to the console and to {@code target/scale-benchmark.json}. A sample is the median of several cold
 * reads, each after a data-version bump (so the result cache misses) and after warm-up reads at 100 cases (so the
 * JIT does not count against the small data set).
 */
@QuarkusTest
class ComparisonReadScaleBenchmark {
    private static final int SMALL = 100;
    private static final int LARGE = Integer.getInteger("scale.cases", 100_000);
    private static final int SAMPLES = Integer.getInteger("scale.samples", 5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(Integer.getInteger("scale.timeoutSeconds", 180));

    @TestHTTPResource("/api/v1/comparisons")
    URL comparisons;

    @Inject
    DataSource dataSource;

    @Inject
    CaseHistories histories;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void coldReadLatencyAt100And100000Cases() throws Exception {
        SyntheticCodings data = SyntheticCodings.create(dataSource);
        Map<String, String> reads = reads(data);

        long started = System.nanoTime();
        data.addCases(0, SMALL);
        SyntheticHistories.count(histories, data, 0, SMALL);
        System.out.printf("generated %d cases in %d ms%n", SMALL, (System.nanoTime() - started) / 1_000_000);
        for (int i = 0; i < 3; i++) {
            measure(data, reads, 1);
        }
        Map<String, Double> small = measure(data, reads, SAMPLES);
        String loadSmall = uptime();

        started = System.nanoTime();
        data.addCases(SMALL, LARGE);
        SyntheticHistories.count(histories, data, SMALL, LARGE);
        System.out.printf("generated %d cases in %d ms%n", LARGE - SMALL, (System.nanoTime() - started) / 1_000_000);
        Map<String, Double> large = measure(data, reads, SAMPLES);
        String loadLarge = uptime();

        report(small, large, loadSmall, loadLarge);
    }

    private static Map<String, String> reads(SyntheticCodings data) {
        String codebook = data.codebookSlug();
        String jp = data.country("JP");
        String tw = data.country("TW");
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("summary", "/summary");
        reads.put("distributions", "/distributions?codebook=" + codebook + "&dimension=stage&groupBy=country&groups=" + jp + "," + tw);
        reads.put("trend", "/trend?codebook=" + codebook + "&dimension=value&a=" + jp + "&b=" + tw);
        reads.put("overview", "/overview?codebook=" + codebook + "&groupBy=country&groups=" + jp + "," + tw);
        reads.put("table", "/table?codebook=" + codebook + "&groupBy=country&groups=" + jp + "," + tw);
        reads.put("thesis", "/thesis?codebook=" + codebook + "&dimension=stage&a=" + jp + "&b=" + tw);
        reads.put("reliability", "/reliability?codebook=" + codebook);
        reads.put("truth-table", "/truth-table?codebook=" + codebook
                + "&outcome=stage:n&conditions=value:x,policy:y,method:e&year=2023");
        // last: before it was bounded, it could keep the server busy after the client gave up
        reads.put("distance", "/distance?codebook=" + codebook + "&dimension=stage&a=" + jp + "&b=" + tw);
        return reads;
    }

    /** Per read, the median of {@code samples} cold reads in milliseconds (one when a read takes over 20 s). */
    private Map<String, Double> measure(SyntheticCodings data, Map<String, String> reads, int samples) throws Exception {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Map.Entry<String, String> read : reads.entrySet()) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < samples && (times.isEmpty() || times.get(0) < 20_000); i++) {
                data.bumpDataVersion();
                times.add(timeRead(read.getValue()));
            }
            double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            medians.put(read.getKey(), sorted[sorted.length / 2]);
        }
        return medians;
    }

    /** Milliseconds to the whole answer; infinite when it timed out or failed (printed). */
    private double timeRead(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(comparisons + path)).timeout(READ_TIMEOUT).GET().build();
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double millis = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() != 200) {
                System.out.println(path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), 0, Math.min(response.body().length, 500)));
                return Double.POSITIVE_INFINITY;
            }
            System.out.printf(Locale.ROOT, "%s: %.1f ms, %d bytes%n", path, millis, response.body().length);
            return millis;
        } catch (java.net.http.HttpTimeoutException e) {
            System.out.println(path + " took over " + READ_TIMEOUT);
            return Double.POSITIVE_INFINITY;
        }
    }

    private static void report(Map<String, Double> small, Map<String, Double> large, String loadSmall,
                               String loadLarge) throws IOException {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n%-14s %12s %14s %8s  target <= 1.5%n",
                "read", SMALL + " cases", LARGE + " cases", "ratio"));
        small.forEach((read, millis) -> table.append(String.format(Locale.ROOT, "%-14s %9.1f ms %11.1f ms %8.2f  %s%n",
                read, millis, large.get(read), large.get(read) / millis, large.get(read) / millis <= 1.5 ? "ok" : "OVER")));
        table.append("load at ").append(SMALL).append(": ").append(loadSmall).append('\n')
                .append("load at ").append(LARGE).append(": ").append(loadLarge).append('\n');
        System.out.println(table);
        String json = small.keySet().stream().map(read -> String.format(Locale.ROOT,
                        "{\"read\":\"%s\",\"coldMillisSmall\":%s,\"coldMillisLarge\":%s,\"ratio\":%s}", read,
                        number(small.get(read)), number(large.get(read)), number(large.get(read) / small.get(read))))
                .collect(Collectors.joining(",", "{\"smallCases\":" + SMALL + ",\"largeCases\":" + LARGE
                        + ",\"loadSmall\":\"" + loadSmall + "\",\"loadLarge\":\"" + loadLarge + "\",\"reads\":[", "]}"));
        Files.writeString(Path.of("target", "scale-benchmark.json"), json);
    }

    /** A JSON number, null for a read that timed out or failed. */
    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "null";
    }

    private static String uptime() throws IOException {
        return Arrays.stream(Files.readString(Path.of("/proc/loadavg")).split(" ")).limit(3)
                .collect(Collectors.joining(" "));
    }
}
