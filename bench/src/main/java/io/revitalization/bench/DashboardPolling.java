package io.revitalization.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.revitalization.localstack.FreePorts;
import io.revitalization.localstack.SuiteService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark 1: the comparison reads dashboards poll, 200 and 304, direct, through the gateway (as deployed, and
 * forwarding every request) and through nginx:
 * {@code bench/gateway-bench.sh} per read, its JSON folded in. Then a mix of the dashboard reads through the
 * suite's own gateway with wrk, which is also the load of the footprint's "under load" memory.
 */
final class DashboardPolling {

    static final String NAME = "polling";
    /** What a dashboard polls: the summary, a distribution, a trend and the overview table. */
    static final List<String> DASHBOARD_READS = List.of(
            "/api/v1/comparisons/summary",
            "/api/v1/comparisons/distributions?dimension=strategy-stage&groupBy=country",
            "/api/v1/comparisons/trend?dimension=strategy-stage&a=JP&b=TW&gap=mean&minCases=2",
            "/api/v1/comparisons/overview?groupBy=country");
    private static final Pattern WRK_RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern WRK_PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern WRK_BAD = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

    private final BenchSettings settings;
    private final LaunchedSuite suite;
    private final Results results;

    DashboardPolling(BenchSettings settings, LaunchedSuite suite, Results results) {
        this.settings = settings;
        this.suite = suite;
        this.results = results;
    }

    void run() throws IOException, InterruptedException {
        List<Object> runs = new ArrayList<>();
        for (String path : settings.pollingPaths()) {
            JsonNode figures = gatewayBench(path);
            runs.add(figures);
            fold(shortName(path), figures);
        }
        results.detail("polling.gatewayBench", runs);
        dashboardMixThroughSuiteGateway();
    }

    /** wrk over the dashboard reads in turn, through the suite's gateway, 32 connections, after a warm-up. */
    void dashboardMixThroughSuiteGateway() throws IOException, InterruptedException {
        Path script = Files.createTempFile("dashboard-mix", ".lua");
        try {
            StringBuilder lua = new StringBuilder("local paths = {");
            DASHBOARD_READS.forEach(read -> lua.append('"').append(read).append("\","));
            lua.append("}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n")
                    .append("  return wrk.format(\"GET\", paths[i])\nend\n");
            Files.writeString(script, lua);
            // as gateway-bench.sh does: the suite's gateway has not served this load yet, and its JIT would be measured
            int warmUp = Math.max(5, settings.loadSeconds() / 3);
            Progress.say("warming the suite's gateway up with the dashboard reads for " + warmUp + " s…");
            run(List.of("wrk", "-t1", "-c32", "-d" + warmUp + "s", "-s", script.toString(), suite.gateway()), Map.of());
            Progress.say("dashboard reads in turn through the suite's gateway for " + settings.loadSeconds() + " s (wrk, 32 connections)…");
            String out = run(List.of("wrk", "-t1", "-c32", "-d" + settings.loadSeconds() + "s", "--latency", "-s",
                    script.toString(), suite.gateway()), Map.of());
            String name = "dashboard mix via suite gateway";
            results.add(Figure.info(NAME, name + " req/s", number(WRK_RATE, out), "req/s"));
            Map<String, Double> percentiles = new LinkedHashMap<>();
            Matcher matcher = WRK_PERCENTILE.matcher(out);
            while (matcher.find()) {
                double value = Double.parseDouble(matcher.group(2));
                percentiles.put(matcher.group(1), switch (matcher.group(3)) {
                    case "us" -> value / 1000;
                    case "s" -> value * 1000;
                    default -> value;
                });
            }
            results.add(Figure.info(NAME, name + " p50", percentiles.getOrDefault("50", Double.NaN), "ms"));
            results.add(Figure.info(NAME, name + " p99", percentiles.getOrDefault("99", Double.NaN), "ms"));
            Matcher bad = WRK_BAD.matcher(out);
            results.add(Figure.atMost(NAME, name + " answers not 2xx/3xx", bad.find() ? Double.parseDouble(bad.group(1)) : 0, "", 0));
            results.detail("polling.dashboardMix", Map.of("reads", DASHBOARD_READS, "wrk", out));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private JsonNode gatewayBench(String path) throws IOException, InterruptedException {
        Path json = Files.createTempFile("gateway-bench", ".json");
        try {
            int[] ports = FreePorts.allocate(2);
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("BENCH_PATH", path);
            environment.put("BENCH_DURATION", Integer.toString(settings.pollingSeconds()));
            environment.put("BENCH_ROUNDS", Integer.toString(settings.pollingRounds()));
            environment.put("BENCH_JSON", json.toString());
            environment.put("BENCH_GATEWAY_PORT", Integer.toString(ports[0]));
            environment.put("BENCH_NGINX_PORT", Integer.toString(ports[1]));
            // a second gateway with its per-request metrics off, on the first one's ports + 1
            environment.put("BENCH_WITHOUT_METRICS", "1");
            environment.put("SUITE_DATA_DIR", suite.dataDirectory().toString());
            environment.put("SUITE_POSTGRES_PORT", Integer.toString(suite.postgresPort()));
            for (SuiteService service : SuiteService.values()) {
                environment.put(service.portVariable(), Integer.toString(suite.port(service)));
            }
            Progress.say("bench/gateway-bench.sh " + path + " (" + settings.pollingSeconds() + " s x "
                    + settings.pollingRounds() + " rounds)…");
            String out = run(List.of(settings.repoRoot().resolve("bench/gateway-bench.sh").toString()), environment);
            System.err.println(out.strip());
            return Http.JSON.readTree(json.toFile());
        } finally {
            Files.deleteIfExists(json);
        }
    }

    private void fold(String read, JsonNode figures) {
        Map<String, Double> perSecond = new LinkedHashMap<>();
        Map<String, Double> vsDirect = new LinkedHashMap<>();
        for (JsonNode result : figures.get("results")) {
            String key = result.get("answer").asText() + " " + result.get("via").asText();
            perSecond.put(key, result.get("requestsPerSecond").asDouble());
            vsDirect.put(key, result.get("throughputVsDirect").asDouble());
        }
        for (String answer : List.of("200", "304")) {
            String name = read + " " + answer;
            if (vsDirect.containsKey(answer + " nginx")) {
                // issue 21: forwarding carries at least nginx's share of the direct throughput, in the same run
                results.add(Figure.atLeast(NAME, name + " forwarded vs nginx (ratios to direct)",
                        vsDirect.get(answer + " forwarded") / vsDirect.get(answer + " nginx"), "ratio", 1.0));
            }
            if (perSecond.containsKey(answer + " no-metrics")) {
                // issue 19: per-request metrics on cost no more than the noise between rounds
                results.add(Figure.atLeast(NAME, name + " gateway metrics on vs off",
                        perSecond.get(answer + " gateway") / perSecond.get(answer + " no-metrics"), "ratio", 0.95));
            }
        }
        for (JsonNode result : figures.get("results")) {
            String via = result.get("via").asText();
            String name = read + " " + result.get("answer").asText() + " " + via;
            results.add(Figure.info(NAME, name + " req/s", result.get("requestsPerSecond").asDouble(), "req/s"));
            results.add(Figure.info(NAME, name + " p50", result.get("p50Ms").asDouble(), "ms"));
            results.add(Figure.info(NAME, name + " p99", result.get("p99Ms").asDouble(), "ms"));
            if ("gateway".equals(via)) {
                // the gateway issue's targets, on which this benchmark builds
                results.add(Figure.atLeast(NAME, name + " throughput vs direct",
                        result.get("throughputVsDirect").asDouble(), "ratio", 0.8));
                results.add(Figure.atMost(NAME, name + " p99 added", result.get("p99AddedMs").asDouble(), "ms", 5));
            } else if (!"direct".equals(via)) {
                // what routing alone costs (every request sent on), and nginx beside it
                results.add(Figure.info(NAME, name + " throughput vs direct",
                        result.get("throughputVsDirect").asDouble(), "ratio"));
            }
        }
    }

    private String run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(settings.repoRoot().toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        // stopped with the harness (Ctrl-C, SIGTERM): gateway-bench.sh then stops the gateways and nginx it started
        Thread stopWithHarness = new Thread(process::destroy, "stop-" + command.get(0));
        Runtime.getRuntime().addShutdownHook(stopWithHarness);
        try {
            String out = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
            }
            return out;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopWithHarness);
            } catch (IllegalStateException e) {
                // the harness is stopping: the hook runs, and stops a process already done harmlessly
            }
        }
    }

    private static double number(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }

    static String shortName(String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return withoutQuery.substring(withoutQuery.lastIndexOf('/') + 1);
    }
}
