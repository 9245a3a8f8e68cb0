package io.revitalization.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** {@code Suite up | down | help}: what {@code ./suite} runs. */
final class SuiteCommandLine {

    private static final String HELP = """
            Usage: ./suite <command> [options]

              up [--fresh] [--data-dir DIR] [--build] [--instances N]
                  Starts PostgreSQL, Kafka, the three services and the gateway, and runs until Ctrl-C.
                  --instances N   N instances of each service and N gateways (default 1): the first on
                                  the ports below, the others on free ports, all listed; gateway k
                                  routes to instance k of each service (docs/deployment.md)
                  --data-dir DIR  keeps data, logs, the JWT key pair and the admin key in DIR
                                  (default: <repo>/.suite, which git ignores)
                  --fresh         deletes the data directory first
                  --build         (./suite only) rebuilds with ./mvnw -DskipTests install first;
                                  without it, only what is missing gets built
              down [--data-dir DIR]
                  Stops the suite running from that data directory.
              help
                  This text.

            Environment:
              SUITE_GATEWAY_HOST        the address the gateway listens on (0.0.0.0: every interface)
              SUITE_SERVICES_HOST       the address the three services listen on (127.0.0.1: only this
                                        machine; only the gateway should face the network)
              SUITE_GATEWAY_PORT        gateway (8080)
              SUITE_CASES_PORT          cases-service (8081)
              SUITE_COMPARISON_PORT     comparison-service (8082)
              SUITE_PARTNERSHIPS_PORT   partnerships-service (8083)
              SUITE_<SERVICE>_MANAGEMENT_PORT  its /q/health and /q/metrics, on the services' address
                                        (gateway 9000, cases 9001, comparison 9002, partnerships 9003)
              SUITE_POSTGRES_PORT       PostgreSQL (15432)
              SUITE_KAFKA_PORT          Kafka (19092; its controller listens on the next port)
                                        a port of 0 means any free port
              SUITE_SERVICE_JVM_OPTS    JVM options of each service (-Xmx256m -XX:MaxNewSize=32m -XX:+UseSerialGC
                                        and JIT thresholds raised: C1's profiled tier five times the usual,
                                        C2 ten times; see local-stack/README.md)
              SUITE_KAFKA_JVM_OPTS      JVM options of the broker (-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
              SUITE_SERVICES_JAVA_HOME  the JDK of the services and the broker (default: /usr/lib/jvm/temurin-25-jdk-amd64
                                        when installed, else this one). A JDK 25 keeps an AOT cache per service,
                                        written at its first stop after a build (a minute or two) and used on every
                                        later start; JDK 19-24 a class-data archive; JDK 22+ also trims the
                                        services' native memory every 5 s (-XX:TrimNativeHeapInterval=5000)
              SUITE_AOT_TRAINING        1: every JVM trains its AOT cache again, whatever it has, and replaces it
                                        at ./suite down. The cache keeps the method profiles of the run that wrote
                                        it: run the load the suite should be quick at before stopping
              SUITE_POSTGRES_URL        use this PostgreSQL server instead of starting one, as a JDBC URL,
                                        e.g. jdbc:postgresql://db:5432/postgres (databases are created on it)
              SUITE_POSTGRES_USER       its user (postgres)
              SUITE_POSTGRES_PASSWORD   its password
              SUITE_KAFKA_BOOTSTRAP_SERVERS  use this Kafka instead of starting a broker
            """;
    /** Beyond the services' and the broker's own: at their first stop they write their AOT caches. */
    private static final Duration DOWN_TIMEOUT = ClassData.TRAINING_SHUTDOWN_TIMEOUT.multipliedBy(2);
    private static final Duration LEFTOVER_TIMEOUT = Duration.ofSeconds(30);
    /** Held: the logging framework keeps loggers only weakly, and with them their levels. */
    private static final List<Logger> QUIETENED = new ArrayList<>();

    private SuiteCommandLine() {
    }

    static int run(String[] args) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        String command = arguments.isEmpty() ? "help" : arguments.remove(0);
        try {
            return switch (command) {
                case "up" -> up(arguments);
                case "down" -> down(arguments);
                case "help", "--help", "-h" -> {
                    System.out.print(HELP);
                    yield 0;
                }
                default -> throw new IllegalArgumentException("Unknown command: " + command);
            };
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(HELP);
            return 2;
        } catch (IllegalStateException | IOException | UncheckedIOException e) {
            System.err.println();
            System.err.println("FAILED: " + e.getMessage());
            return 1;
        }
    }

    private static int up(List<String> arguments) throws IOException, InterruptedException {
        boolean fresh = arguments.remove("--fresh");
        Path repoRoot = Suite.findRepoRoot(Path.of(""));
        Path dataDirectory = dataDirectory(arguments, repoRoot);
        int instances = instances(arguments);
        requireNoOtherArguments(arguments);
        Path pidFile = dataDirectory.resolve(Suite.PID_FILE);
        Optional<ProcessHandle> running = runningSuite(pidFile);
        if (running.isPresent()) {
            throw new IllegalStateException("A suite is already running from " + dataDirectory + " (pid "
                    + running.get().pid() + "); stop it with ./suite down");
        }
        stopLeftovers(dataDirectory);
        quietenLibraryLogging();
        Map<String, String> environment = System.getenv();
        Suite.Builder builder = Suite.builder()
                .repoRoot(repoRoot)
                .dataDirectory(dataDirectory)
                .fresh(fresh)
                .instances(instances)
                .postgresPort(port(environment, "SUITE_POSTGRES_PORT", Suite.DEFAULT_POSTGRES_PORT))
                .kafkaPort(port(environment, "SUITE_KAFKA_PORT", Suite.DEFAULT_KAFKA_PORT));
        for (SuiteService service : SuiteService.values()) {
            builder.port(service, port(environment, service.portVariable(), service.defaultPort()));
            builder.managementPort(service, port(environment, service.managementPortVariable(),
                    service.defaultManagementPort()));
        }
        Optional.ofNullable(environment.get("SUITE_GATEWAY_HOST")).filter(host -> !host.isBlank())
                .ifPresent(builder::gatewayHost);
        Optional.ofNullable(environment.get("SUITE_SERVICES_HOST")).filter(host -> !host.isBlank())
                .ifPresent(builder::servicesHost);
        jvmOptions(environment, "SUITE_SERVICE_JVM_OPTS").ifPresent(builder::serviceJvmOptions);
        jvmOptions(environment, "SUITE_KAFKA_JVM_OPTS").ifPresent(builder::kafkaJvmOptions);

        System.out.println("starting the suite from " + dataDirectory);
        builder.start();
        System.out.println();
        System.out.println("running; stop with Ctrl-C or ./suite down");
        Thread.currentThread().join();
        return 0;
    }

    private static int down(List<String> arguments) throws IOException {
        Path dataDirectory = dataDirectory(arguments, Suite.findRepoRoot(Path.of("")));
        requireNoOtherArguments(arguments);
        Path pidFile = dataDirectory.resolve(Suite.PID_FILE);
        Optional<ProcessHandle> running = runningSuite(pidFile);
        if (running.isEmpty()) {
            Files.deleteIfExists(pidFile);
            System.out.println("no suite is running from " + dataDirectory);
            return 0;
        }
        ProcessHandle suite = running.get();
        System.out.println("stopping the suite (pid " + suite.pid() + ")…");
        long start = System.nanoTime();
        suite.destroy();
        try {
            suite.onExit().get(DOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            System.out.println("it did not stop within " + DOWN_TIMEOUT.toSeconds() + " s; killing it and what it started");
            suite.destroyForcibly();
            stopLeftovers(dataDirectory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        Files.deleteIfExists(pidFile);
        System.out.printf("stopped (%.1f s)%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static Optional<ProcessHandle> runningSuite(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().map(line -> line.contains(Suite.class.getName())).orElse(true));
    }

    /**
     * A suite killed with -9 leaves its children running; they all name the data directory on their command line
     * (PostgreSQL's data, Kafka's configuration, the services' key files).
     */
    private static void stopLeftovers(Path dataDirectory) {
        String marker = dataDirectory.toString() + "/";
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> process.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .collect(Collectors.toList());
        for (ProcessHandle leftover : leftovers) {
            System.out.println("stopping a leftover of an earlier run: pid " + leftover.pid() + " "
                    + leftover.info().command().orElse(""));
            leftover.destroy();
        }
        for (ProcessHandle leftover : leftovers) {
            try {
                leftover.onExit().get(LEFTOVER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                leftover.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Path dataDirectory(List<String> arguments, Path repoRoot) {
        int option = arguments.indexOf("--data-dir");
        if (option < 0) {
            return repoRoot.resolve(".suite");
        }
        if (option + 1 >= arguments.size()) {
            throw new IllegalArgumentException("--data-dir needs a directory");
        }
        Path directory = Path.of(arguments.get(option + 1)).toAbsolutePath().normalize();
        arguments.subList(option, option + 2).clear();
        return directory;
    }

    static int instances(List<String> arguments) {
        int option = arguments.indexOf("--instances");
        if (option < 0) {
            return 1;
        }
        if (option + 1 >= arguments.size()) {
            throw new IllegalArgumentException("--instances needs a number");
        }
        String value = arguments.get(option + 1);
        arguments.subList(option, option + 2).clear();
        try {
            int instances = Integer.parseInt(value);
            if (instances >= 1) {
                return instances;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--instances needs a number of at least 1, not " + value);
    }

    private static void requireNoOtherArguments(List<String> arguments) {
        if (!arguments.isEmpty()) {
            throw new IllegalArgumentException("Unknown options: " + String.join(" ", arguments));
        }
    }

    private static int port(Map<String, String> environment, String variable, int defaultPort) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " is not a port: " + value);
        }
    }

    private static Optional<List<String>> jvmOptions(Map<String, String> environment, String variable) {
        return Optional.ofNullable(environment.get(variable)).filter(value -> !value.isBlank())
                .map(value -> List.of(value.strip().split("\\s+")));
    }

    /** The Kafka admin client and zonky log every step at INFO; the progress lines say what matters. */
    private static void quietenLibraryLogging() {
        for (String category : List.of("org.apache.kafka", "io.zonky")) {
            Logger logger = Logger.getLogger(category);
            logger.setLevel(Level.WARNING);
            QUIETENED.add(logger);
        }
    }
}
