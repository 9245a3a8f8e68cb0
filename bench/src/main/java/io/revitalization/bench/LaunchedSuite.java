package io.revitalization.bench;

import io.revitalization.localstack.FreePorts;
import io.revitalization.localstack.SuiteService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A suite started the way a user starts it, {@code ./suite up --fresh --data-dir <temporary>}, as a child process
 * on free ports, with the gateway's rate limits raised (Quarkus reads {@code gateway.rate-limit.*} from the
 * environment, which the services inherit): the load comes from one address and a few keys.
 */
final class LaunchedSuite implements AutoCloseable {

    private static final String RAISED_LIMIT = "1000000";
    private static final long STARTUP_TIMEOUT_SECONDS = 600;
    private static final int SETTLED_SECONDS = 5;

    private final Path directory;
    private final Path dataDirectory;
    private final Process launcher;
    private final Map<SuiteService, Integer> ports;
    private final Map<SuiteService, Integer> managementPorts;
    private final int postgresPort;
    private double secondsToHealthy = Double.NaN;
    private Map<String, Double> cpuSecondsToHealthy = Map.of();
    /** Stops the suite when the harness is stopped (Ctrl-C) before it is done. */
    private final Thread stopOnExit = new Thread(this::stop, "stop-benchmark-suite");

    private LaunchedSuite(Path directory, Process launcher, Map<SuiteService, Integer> ports,
                          Map<SuiteService, Integer> managementPorts, int postgresPort) {
        this.directory = directory;
        this.dataDirectory = directory.resolve("data");
        this.launcher = launcher;
        this.ports = ports;
        this.managementPorts = managementPorts;
        this.postgresPort = postgresPort;
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts the suite and waits until all four services answer {@code /q/health/ready} with 200. */
    static LaunchedSuite start(Path repoRoot, String label, Http http) throws IOException {
        return start(repoRoot, label, http, Map.of());
    }

    /** A suite whose JVMs all train their AOT caches again, written when it is closed. */
    static LaunchedSuite startTraining(Path repoRoot, Http http) throws IOException {
        return start(repoRoot, "training", http, Map.of("SUITE_AOT_TRAINING", "1"));
    }

    private static LaunchedSuite start(Path repoRoot, String label, Http http, Map<String, String> extraEnvironment)
            throws IOException {
        Path directory = Files.createTempDirectory("bench-" + label + "-");
        int services = SuiteService.values().length;
        int[] free = FreePorts.allocate(2 * services + 2);
        Map<SuiteService, Integer> ports = new EnumMap<>(SuiteService.class);
        Map<SuiteService, Integer> managementPorts = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            ports.put(service, free[service.ordinal()]);
            managementPorts.put(service, free[services + service.ordinal()]);
        }
        int postgresPort = free[2 * services];
        int kafkaPort = free[2 * services + 1];
        ProcessBuilder builder = new ProcessBuilder(repoRoot.resolve("suite").toString(), "up", "--fresh",
                "--data-dir", directory.resolve("data").toString())
                .directory(repoRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("launcher.log").toFile());
        Map<String, String> environment = builder.environment();
        ports.forEach((service, port) -> environment.put(service.portVariable(), Integer.toString(port)));
        managementPorts.forEach((service, port) ->
                environment.put(service.managementPortVariable(), Integer.toString(port)));
        environment.put("SUITE_POSTGRES_PORT", Integer.toString(postgresPort));
        // Kafka's controller takes the next port; it is very unlikely to be taken between here and there
        environment.put("SUITE_KAFKA_PORT", Integer.toString(kafkaPort));
        environment.put("GATEWAY_RATE_LIMIT_PER_ADDRESS_REQUESTS_PER_SECOND", RAISED_LIMIT);
        environment.put("GATEWAY_RATE_LIMIT_PER_ADDRESS_BURST", RAISED_LIMIT);
        environment.put("GATEWAY_RATE_LIMIT_PER_KEY_REQUESTS_PER_SECOND", RAISED_LIMIT);
        environment.put("GATEWAY_RATE_LIMIT_PER_KEY_BURST", RAISED_LIMIT);
        environment.putAll(extraEnvironment);
        Progress.say("starting a suite: ./suite up --fresh --data-dir " + directory.resolve("data")
                + " (log " + directory.resolve("launcher.log") + ")");
        long start = System.nanoTime();
        Process launcher = builder.start();
        LaunchedSuite suite = new LaunchedSuite(directory, launcher, ports, managementPorts, postgresPort);
        try {
            suite.awaitHealthy(http);
            suite.secondsToHealthy = (System.nanoTime() - start) / 1e9;
            Map<String, Long> pids = new LinkedHashMap<>(suite.processIds());
            pids.put("launcher", launcher.pid());
            suite.cpuSecondsToHealthy = ProcessCpu.seconds(pids);
            Progress.say(String.format("all services healthy %.1f s after ./suite up", suite.secondsToHealthy));
            suite.awaitSeedLoaded(http);
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    double secondsToHealthy() {
        return secondsToHealthy;
    }

    /** CPU seconds each JVM of the suite (and the launcher's) had used when all services were healthy. */
    Map<String, Double> cpuSecondsToHealthy() {
        return cpuSecondsToHealthy;
    }

    String url(SuiteService service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    String gateway() {
        return url(SuiteService.GATEWAY);
    }

    int port(SuiteService service) {
        return ports.get(service);
    }

    int postgresPort() {
        return postgresPort;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    String adminKey() throws IOException {
        return Files.readString(dataDirectory.resolve("admin-key.txt")).strip();
    }

    /**
     * The JVMs of the services, found by their jar and this suite's data directory on their command line, and the
     * Kafka broker's, by its data directory.
     */
    Map<String, Long> processIds() {
        Map<String, Long> pids = new LinkedHashMap<>();
        Map<Long, String> mine = commandLines();
        for (SuiteService service : SuiteService.values()) {
            String jar = service.module() + "/target/quarkus-app/quarkus-run.jar";
            pidWith(mine, jar).ifPresent(pid -> pids.put(service.module(), pid));
        }
        pidWith(mine, " kafka.Kafka ").ifPresent(pid -> pids.put("kafka", pid));
        return pids;
    }

    /** PostgreSQL's postmaster, the parent of its backends. */
    Optional<Long> postgresProcessId() {
        return pidWith(commandLines(), "/bin/postgres ");
    }

    /** The command lines of this suite's processes: those that name its data directory. */
    private Map<Long, String> commandLines() {
        String marker = dataDirectory + "/";
        Map<Long, String> mine = new LinkedHashMap<>();
        ProcessHandle.allProcesses().forEach(process -> {
            String commandLine = commandLine(process.pid());
            if (commandLine.contains(marker)) {
                mine.put(process.pid(), commandLine);
            }
        });
        return mine;
    }

    /** The {@code -Dkey=value} settings the launcher gave the service's JVM. */
    Map<String, String> systemProperties(SuiteService service) {
        long pid = processIds().get(service.module());
        Map<String, String> properties = new LinkedHashMap<>();
        try {
            for (String argument : new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")))
                    .split("\0")) {
                int equals = argument.indexOf('=');
                if (argument.startsWith("-D") && equals > 0) {
                    properties.put(argument.substring(2, equals), argument.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    Path directory() {
        return directory;
    }

    /** SIGTERM to the launcher: its shutdown hook stops the services, Kafka and PostgreSQL in order. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway, and stopping twice is harmless
        }
    }

    private void stop() {
        launcher.destroy();
        try {
            // generous: after a build, the services and the broker write their AOT caches at this stop
            if (!launcher.waitFor(600, TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (System.getenv("BENCH_KEEP_SUITES") != null) {
            Progress.say("kept the suite's data and logs in " + directory);
            return;
        }
        try {
            Directories.delete(directory);
        } catch (IOException e) {
            Progress.say("could not delete " + directory + ": " + e.getMessage());
        }
    }

    /**
     * comparison-service records the seed codings as the seed cases' events arrive: the comparisons change until
     * then. Settled means the data version stayed the same for {@value #SETTLED_SECONDS} s.
     */
    private void awaitSeedLoaded(Http http) {
        String summary = url(SuiteService.COMPARISON) + "/api/v1/comparisons/summary";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_TIMEOUT_SECONDS);
        String etag = http.get(summary).header("ETag").orElse("");
        int unchangedSeconds = 0;
        while (unchangedSeconds < SETTLED_SECONDS && System.nanoTime() < deadline) {
            sleep(1000);
            Http.Answer answer = http.get(summary, "If-None-Match", etag);
            if (answer.status() == 304) {
                unchangedSeconds++;
            } else {
                unchangedSeconds = 0;
                etag = answer.header("ETag").orElse("");
            }
        }
        Progress.say("seed data loaded: " + http.get(summary).body());
    }

    private static Optional<Long> pidWith(Map<Long, String> commandLines, String text) {
        return commandLines.entrySet().stream().filter(entry -> entry.getValue().contains(text)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** Read from /proc: ProcessHandle's command line leaves out the arguments of some processes (Kafka's). */
    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private void awaitHealthy(Http http) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_TIMEOUT_SECONDS);
        for (SuiteService service : SuiteService.values()) {
            String ready = "http://127.0.0.1:" + managementPorts.get(service) + "/q/health/ready";
            while (!answers200(http, ready)) {
                if (!launcher.isAlive()) {
                    throw new IllegalStateException("./suite up exited with " + launcher.exitValue() + "; see "
                            + directory.resolve("launcher.log") + ":\n" + tail());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service.module() + " was not healthy within "
                            + STARTUP_TIMEOUT_SECONDS + " s:\n" + tail());
                }
                sleep(100);
            }
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("launcher.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no launcher log: " + e.getMessage() + ")";
        }
    }

    private static boolean answers200(Http http, String url) {
        try {
            return http.get(url).status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
