package io.revitalization.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code bench/run} measures and for how long, from the environment. {@code BENCH_QUICK=1} runs everything
 * small (a few minutes); every other variable overrides one figure of either mode.
 */
record BenchSettings(
        Path repoRoot,
        boolean quick,
        boolean trainAotCaches,
        Set<String> benchmarks,
        int pollingSeconds,
        int pollingRounds,
        List<String> pollingPaths,
        int loadSeconds,
        int idleSeconds,
        int writeRate,
        int writeWarmupSeconds,
        int writeSeconds,
        int scaleSmallCases,
        int scaleLargeCases,
        int importBatch,
        List<String> scaleDimensions,
        int coldSamples,
        int notModifiedSamples) {

    static final List<String> ALL = List.of("footprint", "polling", "write", "scale");
    private static final String OVERVIEW = "/api/v1/comparisons/overview";
    private static final String SUMMARY = "/api/v1/comparisons/summary";
    private static final String DISTRIBUTIONS = "/api/v1/comparisons/distributions?dimension=strategy-stage";

    static BenchSettings fromEnvironment(Path repoRoot) {
        Map<String, String> env = System.getenv();
        boolean quick = "1".equals(env.get("BENCH_QUICK")) || "true".equalsIgnoreCase(env.get("BENCH_QUICK"));
        Set<String> benchmarks = Arrays.stream(env.getOrDefault("BENCH_ONLY", String.join(",", ALL)).split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
        if (!ALL.containsAll(benchmarks)) {
            throw new IllegalArgumentException("BENCH_ONLY names benchmarks of " + ALL + ", not " + benchmarks);
        }
        return new BenchSettings(repoRoot, quick, !"0".equals(env.get("BENCH_TRAIN")), benchmarks,
                number(env, "BENCH_POLLING_SECONDS", 10),
                number(env, "BENCH_POLLING_ROUNDS", quick ? 1 : 3),
                List.of(env.getOrDefault("BENCH_POLLING_PATHS",
                        quick ? OVERVIEW : String.join(" ", OVERVIEW, SUMMARY, DISTRIBUTIONS)).strip().split("\\s+")),
                number(env, "BENCH_LOAD_SECONDS", quick ? 10 : 30),
                number(env, "BENCH_IDLE_SECONDS", quick ? 5 : 20),
                number(env, "BENCH_WRITE_RATE", quick ? 50 : 100),
                number(env, "BENCH_WRITE_WARMUP_SECONDS", quick ? 10 : 80),
                number(env, "BENCH_WRITE_SECONDS", quick ? 20 : 60),
                number(env, "BENCH_SCALE_SMALL", 100),
                number(env, "BENCH_SCALE_LARGE", quick ? 5_000 : 100_000),
                number(env, "BENCH_IMPORT_BATCH", quick ? 2_500 : 10_000),
                List.of(env.getOrDefault("BENCH_SCALE_DIMENSIONS", "strategy-stage,value-orientation").split(",")),
                number(env, "BENCH_COLD_SAMPLES", quick ? 5 : 15),
                number(env, "BENCH_304_SAMPLES", quick ? 50 : 300));
    }

    /**
     * The workload that trains the services' AOT caches before a run ({@link AotTraining}): every benchmark's kind of
     * work, shorter, with the import's batch of the run it trains for.
     */
    BenchSettings training() {
        return new BenchSettings(repoRoot, true, false, Set.copyOf(ALL), pollingSeconds, 1, List.of(OVERVIEW), 20, 5,
                writeRate, 30, 30, scaleSmallCases, 10_000, importBatch, scaleDimensions, 3, 50);
    }

    boolean runs(String benchmark) {
        return benchmarks.contains(benchmark);
    }

    /** The suite of benchmarks 1, 2 and 4 runs when any of them does. */
    boolean needsLoadSuite() {
        return runs("footprint") || runs("polling") || runs("write");
    }

    private static int number(Map<String, String> env, String variable, int fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " is not a whole number: " + value);
        }
    }
}
