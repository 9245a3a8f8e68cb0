package io.revitalization.bench;

import io.revitalization.localstack.FreePorts;
import io.revitalization.localstack.KafkaBroker;
import io.revitalization.localstack.PostgresServer;
import io.revitalization.localstack.ServiceProcess;
import io.revitalization.localstack.Suite;
import io.revitalization.localstack.SuiteService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Benchmark 4: how long {@code ./suite up} takes until every service is healthy (warm build), beside how long
 * PostgreSQL, Kafka and each service take to start alone (one after another, each with the machine to itself), and
 * each service's resident memory idle and at its peak under the polling and write load. Beside the start's wall time,
 * the CPU time each JVM had used by then: steadier on a shared machine.
 */
final class Footprint {

    static final String NAME = "footprint";
    private static final double STARTUP_TARGET_SECONDS = 15;
    private static final double IDLE_TARGET_MB = 300;

    private final Results results;

    Footprint(Results results) {
        this.results = results;
    }

    void startup(LaunchedSuite suite) {
        results.add(Figure.atMost(NAME, "./suite up until all services healthy", suite.secondsToHealthy(), "s",
                STARTUP_TARGET_SECONDS));
        results.detail("footprint.cpuSecondsToHealthy", suite.cpuSecondsToHealthy());
        suite.cpuSecondsToHealthy().forEach((process, seconds) ->
                results.add(Figure.info(NAME, process + " CPU until all healthy", seconds, "s")));
    }

    /**
     * PostgreSQL (initdb and start, as {@code --fresh} does) and Kafka (format and start) in a directory of their
     * own, then each service as a further JVM beside the running suite, with the same settings on other ports,
     * until {@code /q/health/ready} answers 200.
     */
    void startsAlone(LaunchedSuite suite) throws IOException {
        Progress.say("each part's start alone…");
        Map<String, Double> seconds = new LinkedHashMap<>();
        Path directory = Files.createTempDirectory(suite.directory(), "alone-");
        long start = System.nanoTime();
        try (PostgresServer postgres = PostgresServer.start(directory.resolve("postgres"), 0)) {
            seconds.put("postgres", (System.nanoTime() - start) / 1e9);
        }
        start = System.nanoTime();
        try (KafkaBroker kafka = KafkaBroker.start(directory.resolve("kafka"), 0)) {
            seconds.put("kafka", (System.nanoTime() - start) / 1e9);
        }
        Path repoRoot = Suite.findRepoRoot(Path.of(""));
        for (SuiteService service : SuiteService.values()) {
            Map<String, String> properties = new LinkedHashMap<>(suite.systemProperties(service));
            properties.remove("quarkus.http.port");
            properties.remove("quarkus.management.port");
            int[] ports = FreePorts.allocate(2);
            ServiceProcess.Definition alone = new ServiceProcess.Definition(service.module() + "-alone",
                    service.jar(repoRoot), ports[0], ports[1], properties, ServiceProcess.DEFAULT_JVM_OPTIONS,
                    directory.resolve(service.module() + ".log"));
            try (ServiceProcess process = ServiceProcess.start(alone)) {
                seconds.put(service.module(), process.awaitHealthy(Duration.ofMinutes(3)).toMillis() / 1000.0);
            }
        }
        results.detail("footprint.startAloneSeconds", seconds);
        seconds.forEach((part, value) -> results.add(Figure.info(NAME, part + " start alone", value, "s")));
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
