package io.revitalization.bench;

import java.util.Map;

/**
 * Benchmark 4: how long {@code ./suite up} takes until every service is healthy (warm build), and each service's
 * resident memory idle and at its peak under the polling and write load.
 */
final class Footprint {

    static final String NAME = "footprint";
    private static final double STARTUP_TARGET_SECONDS = 30;
    private static final double IDLE_TARGET_MB = 300;

    private final Results results;

    Footprint(Results results) {
        this.results = results;
    }

    void startup(LaunchedSuite suite) {
        results.add(Figure.atMost(NAME, "./suite up until all services healthy", suite.secondsToHealthy(), "s",
                STARTUP_TARGET_SECONDS));
    }

    void idle(LaunchedSuite suite, int idleSeconds) {
        Progress.say("idle for " + idleSeconds + " s, then resident memory…");
        LaunchedSuite.sleep(idleSeconds * 1000L);
        Map<String, Double> megabytes = Rss.now(suite.processIds());
        results.detail("footprint.idleRssMb", megabytes);
        megabytes.forEach((process, mb) -> results.add(process.equals("kafka")
                ? Figure.info(NAME, process + " RSS idle", mb, "MB")
                : Figure.atMost(NAME, process + " RSS idle", mb, "MB", IDLE_TARGET_MB)));
    }

    void underLoad(Rss sampled) {
        Map<String, Double> megabytes = sampled.peakMegabytes();
        results.detail("footprint.peakRssUnderLoadMb", megabytes);
        megabytes.forEach((process, mb) -> results.add(Figure.info(NAME, process + " RSS peak under load", mb, "MB")));
    }
}
