package io.revitalization.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Before anything is measured, the services' and the broker's AOT caches are trained again on the benchmarks' own
 * kinds of work ({@link BenchSettings#training()}: writes at the measured rate, the dashboard reads through the
 * gateway, an import of 10,000 cases with their codings and the comparison reads), on a suite of its own started with
 * {@code SUITE_AOT_TRAINING=1}, which writes the caches when it stops. A cache keeps the method profiles of the run
 * that wrote it, and the write benchmark alone went from a p99 of a minute to under half a second between a cache
 * trained by a start and one trained by that benchmark (eighteenth round): without this step a run's figures would
 * depend on whatever last trained the caches. The training's own figures are not kept; how long it took is.
 */
final class AotTraining {

    static final String NAME = "AOT training";

    private AotTraining() {
    }

    static void run(BenchSettings settings, Results results, Http http) {
        BenchSettings training = settings.training();
        Results discarded = new Results(Map.of(), training);
        Progress.say("training the AOT caches on a shorter run of every benchmark (its figures are not kept; "
                + "BENCH_TRAIN=0 keeps the caches as they are)…");
        long start = System.nanoTime();
        double workloadSeconds;
        try (LaunchedSuite suite = LaunchedSuite.startTraining(settings.repoRoot(), http)) {
            new WriteToInsight(training, suite, discarded, http).run();
            // the dashboard reads through the suite's gateway; gateway-bench.sh's comparisons would take minutes
            new DashboardPolling(training, suite, discarded).dashboardMixThroughSuiteGateway();
            new Scale(training, suite, discarded, http).run();
            workloadSeconds = (System.nanoTime() - start) / 1e9;
            Progress.say("stopping the training suite: its JVMs write their AOT caches…");
        } catch (Exception e) {
            Progress.say(NAME + " failed: " + e);
            results.problem(NAME, e);
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("settings", training);
        detail.put("workloadSeconds", Math.round(workloadSeconds));
        detail.put("seconds", Math.round(seconds));
        results.detail("aotTraining", detail);
        Progress.say(String.format("AOT caches trained in %.0f s (%.0f s of workload)", seconds, workloadSeconds));
    }
}
