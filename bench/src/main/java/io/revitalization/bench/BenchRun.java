package io.revitalization.bench;

import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code bench/run}: the four benchmarks of issue 7 in one run. Benchmarks 1, 2 and 4 share one suite started for
 * the purpose ({@code ./suite up --fresh} in a temporary directory, free ports); the scale benchmark gets a fresh
 * suite of its own. Prints the table on standard output and writes {@code bench/results/<time>.json} and
 * {@code latest.json}. First, the AOT caches are trained on a shorter run of the same work ({@link AotTraining}).
 * Exits 1 when a benchmark could not be measured; a missed target is a result, not an error.
 */
public final class BenchRun {

    private BenchRun() {
    }

    public static void main(String[] args) throws Exception {
        Path repoRoot = io.revitalization.localstack.Suite.findRepoRoot(Path.of(""));
        BenchSettings settings = BenchSettings.fromEnvironment(repoRoot);
        Instant started = Instant.now();
        long start = System.nanoTime();
        Results results = new Results(MachineFacts.describe(repoRoot), settings);
        Http http = new Http();
        Progress.say((settings.quick() ? "quick" : "full") + " run of " + settings.benchmarks() + "; load average "
                + MachineFacts.loadAverage());
        if (settings.trainAotCaches()) {
            AotTraining.run(settings, results, http);
        } else {
            Progress.say("AOT caches kept as they are (BENCH_TRAIN=0): figures compare only with runs whose caches "
                    + "were trained the same way");
        }
        if (settings.needsLoadSuite()) {
            runOnLoadSuite(settings, results, http);
        }
        if (settings.runs("scale")) {
            runScale(settings, results, http);
        }
        results.finish((System.nanoTime() - start) / 1e9);
        results.print(System.out);
        Path file = results.write(repoRoot.resolve("bench/results"), started);
        System.out.println("figures written to " + repoRoot.relativize(file) + " and bench/results/latest.json");
        System.exit(results.hasProblems() ? 1 : 0);
    }

    private static void runOnLoadSuite(BenchSettings settings, Results results, Http http) throws Exception {
        Footprint footprint = new Footprint(results);
        try (LaunchedSuite suite = LaunchedSuite.start(settings.repoRoot(), "load", http)) {
            if (settings.runs("footprint")) {
                footprint.startup(suite);
                attempt(results, Footprint.NAME, () -> footprint.startsAlone(suite));
                footprint.idle(suite, settings.idleSeconds());
            }
            try (Rss underLoad = Rss.sampling(suite.processIds())) {
                if (settings.runs("polling")) {
                    attempt(results, DashboardPolling.NAME, () -> new DashboardPolling(settings, suite, results).run());
                }
                if (settings.runs("write")) {
                    attempt(results, WriteToInsight.NAME, () -> new WriteToInsight(settings, suite, results, http).run());
                }
                if (settings.runs("footprint")) {
                    if (!settings.runs("polling")) {
                        attempt(results, Footprint.NAME, () -> new DashboardPolling(settings, suite, results)
                                .dashboardMixThroughSuiteGateway());
                    }
                    footprint.underLoad(underLoad);
                }
            }
        } catch (RuntimeException e) {
            results.problem("the suite of benchmarks 1, 2 and 4", e);
        }
    }

    private static void runScale(BenchSettings settings, Results results, Http http) throws Exception {
        try (LaunchedSuite suite = LaunchedSuite.start(settings.repoRoot(), "scale", http)) {
            attempt(results, Scale.NAME, () -> new Scale(settings, suite, results, http).run());
        } catch (RuntimeException e) {
            results.problem("the scale suite", e);
        }
    }

    @FunctionalInterface
    private interface Benchmark {
        void run() throws Exception;
    }

    /** A benchmark that fails is reported as not measured; the others still run. */
    private static void attempt(Results results, String name, Benchmark benchmark) {
        try {
            benchmark.run();
        } catch (Exception e) {
            Progress.say(name + " could not be measured: " + e);
            results.problem(name, e);
        }
    }
}
