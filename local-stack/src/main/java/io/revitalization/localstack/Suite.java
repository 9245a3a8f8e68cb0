package io.revitalization.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The whole suite on this machine: PostgreSQL (databases {@code cases}, {@code comparison}, {@code partnerships},
 * {@code gateway}), Kafka, the three services and the gateway, each service in its own JVM from its packaged
 * {@code quarkus-app/}. {@link #close()} stops the services, then Kafka and PostgreSQL; so does a JVM shutdown
 * (Ctrl-C).
 * Servers named by the environment ({@link ExternalServers}) are used instead of starting our own.
 * <p>
 * The data directory holds {@code postgres/}, {@code kafka/}, {@code logs/<service>.log}, the JWT key pair and the
 * admin key ({@link SuiteSecrets}) and, while running, {@value #PID_FILE}; {@code ./suite up} keeps it across runs,
 * tests use a temporary one.
 */
public final class Suite implements AutoCloseable {

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final String DEFAULT_GATEWAY_HOST = "0.0.0.0";
    public static final String DEFAULT_SERVICES_HOST = "127.0.0.1";
    /** In a kept data directory while the suite runs: the pid of the JVM running it. */
    public static final String PID_FILE = "suite.pid";

    private final Builder settings;
    private final Path dataDirectory;
    private final boolean temporary;
    /** Every instance of each service, the first one first, in start order. */
    private final Map<SuiteService, List<ServiceProcess>> services = new EnumMap<>(SuiteService.class);
    private SuiteSecrets secrets;
    private PostgresServer postgresServer;
    private PostgresEndpoint postgres;
    private KafkaBroker kafkaBroker;
    private String kafkaBootstrapServers;
    private InstancePorts ports;

    private Suite(Builder settings) throws IOException {
        this.settings = settings;
        this.temporary = settings.dataDirectory == null;
        this.dataDirectory = temporary
                ? Directories.createTemporary("suite-")
                : settings.dataDirectory.toAbsolutePath().normalize();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static void main(String[] args) throws Exception {
        System.exit(SuiteCommandLine.run(args));
    }

    /** The directory holding {@code mvnw} and the {@code local-stack} module, found upwards from {@code start}. */
    public static Path findRepoRoot(Path start) {
        for (Path candidate = start.toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve("mvnw")) && Files.isDirectory(candidate.resolve("local-stack"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No repository root (a directory with mvnw and local-stack/) above " + start);
    }

    /** The services' jars that are not built yet, relative to the repository root; empty when all are there. */
    private static List<Path> missingJars(Path repoRoot) {
        return Arrays.stream(SuiteService.values())
                .map(service -> service.jar(repoRoot))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(repoRoot::relativize)
                .collect(Collectors.toList());
    }

    public String gatewayUrl() {
        return url(SuiteService.GATEWAY);
    }

    public String url(SuiteService service) {
        return service(service).url();
    }

    /** Where the service's {@code /q/health} and {@code /q/metrics} answer. */
    public String managementUrl(SuiteService service) {
        return service(service).managementUrl();
    }

    /** The service's first instance. */
    public ServiceProcess service(SuiteService service) {
        return services.get(service).get(0);
    }

    /** Every instance of the service ({@link Builder#instances(int)}), the first one first. */
    public List<ServiceProcess> instances(SuiteService service) {
        return List.copyOf(services.get(service));
    }

    public PostgresEndpoint postgres() {
        return postgres;
    }

    /** Empty when an external server is used. */
    public Optional<PostgresServer> postgresServer() {
        return Optional.ofNullable(postgresServer);
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** Empty when an external broker is used. */
    public Optional<KafkaBroker> kafkaBroker() {
        return Optional.ofNullable(kafkaBroker);
    }

    public String adminKey() {
        return secrets.adminKey();
    }

    public Path adminKeyFile() {
        return secrets.adminKeyFile();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the services, then Kafka and PostgreSQL; deletes a temporary data directory. */
    @Override
    public synchronized void close() {
        if (!services.isEmpty() || kafkaBroker != null || postgresServer != null) {
            long start = System.nanoTime();
            settings.progress.accept("stopping the suite…");
            stopAll();
            settings.progress.accept("suite stopped (" + seconds(start) + ")");
        }
        deleteIfTemporary();
        deletePidFile();
        // last: a JVM shutdown meanwhile still waits for this close to finish
        ShutdownHooks.unregister(this);
    }

    /**
     * The services side by side: at their first stop each JVM writes its class data ({@link ServiceJvm}), which
     * takes many seconds each.
     */
    private void stopAll() {
        List<ServiceProcess> running = services.values().stream().flatMap(List::stream).toList();
        services.clear();
        if (!running.isEmpty()) {
            ExecutorService stopping = Executors.newFixedThreadPool(running.size());
            try {
                running.forEach(process -> stopping.execute(process::stop));
            } finally {
                stopping.shutdown();
                awaitTermination(stopping);
            }
        }
        if (kafkaBroker != null) {
            kafkaBroker.stop();
            kafkaBroker = null;
        }
        if (postgresServer != null) {
            postgresServer.stop();
            postgresServer = null;
        }
    }

    @Override
    public String toString() {
        return "suite in " + dataDirectory;
    }

    private void startAll() throws IOException {
        List<Path> missing = missingJars(settings.repoRoot);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The suite runs the packaged services, but these are not built: " + missing
                    + " (under " + settings.repoRoot + "). Build them with: ./mvnw -q -DskipTests install");
        }
        if (settings.fresh && !temporary) {
            Directories.deleteRecursively(dataDirectory);
        }
        Files.createDirectories(dataDirectory);
        ShutdownHooks.register(this);
        if (!temporary) {
            Files.writeString(dataDirectory.resolve(PID_FILE), ProcessHandle.current().pid() + "\n");
        }
        requireFreePorts(settings.servicePorts, settings.managementPorts);
        ports = InstancePorts.allocate(settings.servicePorts, settings.managementPorts, settings.instances);
        long start = System.nanoTime();
        startInParallel();
        settings.progress.accept("all healthy " + seconds(start) + " after the start");
        // now the newest: on JVM shutdown the whole suite stops in order, rather than one process after another
        ShutdownHooks.register(this);
        printSummary();
    }

    private void startPostgres() throws IOException {
        long start = System.nanoTime();
        if (settings.externalServers.postgres().isPresent()) {
            postgres = settings.externalServers.postgres().get();
            settings.progress.accept("postgres: external server " + postgres.jdbcUrl("postgres"));
        } else {
            postgresServer = PostgresServer.start(dataDirectory.resolve("postgres"), settings.postgresPort,
                    Arrays.stream(SuiteService.values()).map(SuiteService::database).toList());
            postgres = postgresServer;
        }
        for (SuiteService service : SuiteService.values()) {
            postgres.ensureDatabase(service.database());
        }
        if (postgresServer != null) {
            settings.progress.accept("postgres ready on :" + postgresServer.port() + " (" + seconds(start) + ")");
        }
    }

    /**
     * Kafka starts beside PostgreSQL, and the four services as soon as their databases exist: they need the broker
     * only once running (its clients connect when it is up, and each service's readiness waits for that), so the
     * broker's start overlaps theirs. Then it waits for each of them; further instances follow round by round, so
     * that a busy machine is not asked to start them all together.
     */
    private void startInParallel() throws IOException {
        long start = System.nanoTime();
        Optional<String> externalKafka = settings.externalServers.kafkaBootstrapServers();
        int[] kafkaPorts = externalKafka.isPresent() ? null : KafkaBroker.ports(settings.kafkaPort);
        kafkaBootstrapServers = externalKafka.orElseGet(() -> "127.0.0.1:" + kafkaPorts[0]);
        ExecutorService starters = Executors.newFixedThreadPool(2, runnable -> new Thread(runnable, "suite-start"));
        try {
            Future<KafkaBroker> kafka = starters.submit(() -> externalKafka.isPresent() ? null
                    : KafkaBroker.start(dataDirectory.resolve("kafka"), kafkaPorts[0], kafkaPorts[1], settings.kafkaJvmOptions));
            // a fresh directory's RSA key pair takes the launcher most of a second of CPU: made while PostgreSQL starts
            Future<SuiteSecrets> pendingSecrets = starters.submit(() -> SuiteSecrets.loadOrCreate(dataDirectory));
            try {
                startPostgres();
                secrets = await(pendingSecrets, "the JWT key pair was being made");
                for (SuiteService service : SuiteService.values()) {
                    services.put(service, new ArrayList<>());
                }
                launchRound(0);
            } finally {
                // also when PostgreSQL failed: a broker still starting must be known to close()
                kafkaBroker = await(kafka, "Kafka was starting");
            }
            settings.progress.accept(externalKafka.isPresent() ? "kafka: external broker " + kafkaBootstrapServers
                    : "kafka ready on :" + kafkaBroker.port() + " (" + seconds(start) + ")");
        } finally {
            starters.shutdownNow();
        }
        awaitHealthy(services.values().stream().map(instances -> instances.get(0)).toList());
        for (int instance = 1; instance < ports.instances(); instance++) {
            startRound(instance);
        }
    }

    private static void awaitTermination(ExecutorService executor) {
        try {
            executor.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T await(Future<T> starting, String what) throws IOException {
        try {
            return starting.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + what, e);
        }
    }

    /**
     * One more instance of each service and one more gateway, routing to them, on free ports, as a further round
     * of {@link Builder#instances(int)} would start them; waits until they are healthy.
     *
     * @return the new instances, by service
     */
    public synchronized Map<SuiteService, ServiceProcess> startAnotherInstance() throws IOException {
        ports = ports.withAnotherInstance();
        return startRound(ports.instances() - 1);
    }

    private Map<SuiteService, ServiceProcess> startRound(int instance) throws IOException {
        Map<SuiteService, ServiceProcess> round = launchRound(instance);
        awaitHealthy(List.copyOf(round.values()));
        return round;
    }

    private Map<SuiteService, ServiceProcess> launchRound(int instance) throws IOException {
        Map<SuiteService, ServiceProcess> round = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            ServiceProcess process = ServiceProcess.start(definition(service, instance, ports));
            services.get(service).add(process);
            round.put(service, process);
        }
        return round;
    }

    private void awaitHealthy(List<ServiceProcess> starting) {
        ExecutorService waiting = Executors.newFixedThreadPool(starting.size());
        try {
            CompletionService<String> ready = new ExecutorCompletionService<>(waiting);
            starting.forEach(process -> ready.submit(() -> process.name() + " ready on :" + process.port()
                    + " (" + String.format("%.1f s", process.awaitHealthy(settings.startupTimeout).toMillis() / 1000.0) + ")"));
            for (int i = 0; i < starting.size(); i++) {
                settings.progress.accept(ready.take().get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the services", e);
        } finally {
            waiting.shutdownNow();
        }
    }

    private ServiceProcess.Definition definition(SuiteService service, int instance, InstancePorts ports) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(service.database()));
        properties.put("quarkus.datasource.username", postgres.username());
        properties.put("quarkus.datasource.password", postgres.password());
        properties.put("kafka.bootstrap.servers", kafkaBootstrapServers);
        properties.put("quarkus.http.host", service == SuiteService.GATEWAY ? settings.gatewayHost : settings.servicesHost);
        // health and metrics are for the operator, not the public: the gateway's too stay on the services' address
        properties.put("quarkus.management.host", settings.servicesHost);
        if (service == SuiteService.GATEWAY) {
            String servicesHost = isWildcard(settings.servicesHost) ? "127.0.0.1" : settings.servicesHost;
            properties.putAll(ports.routesOfGateway(instance, servicesHost));
            properties.put("smallrye.jwt.sign.key.location", "file:" + secrets.privateKey());
            properties.put("gateway.bootstrap-admin-key", secrets.adminKey());
        } else {
            properties.put("mp.jwt.verify.publickey.location", "file:" + secrets.publicKey());
        }
        String name = InstancePorts.name(service, instance);
        return new ServiceProcess.Definition(name, service.jar(settings.repoRoot), ports.port(service, instance),
                ports.managementPort(service, instance), properties, settings.serviceJvmOptions,
                dataDirectory.resolve("logs").resolve(name + ".log"));
    }

    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /** Fails before anything starts when a fixed port is taken, naming what wanted it. */
    private void requireFreePorts(Map<SuiteService, Integer> servicePorts, Map<SuiteService, Integer> managementPorts) {
        Map<String, Integer> fixed = new LinkedHashMap<>();
        servicePorts.entrySet().stream().filter(e -> e.getValue() != 0).forEach(e ->
                fixed.put(e.getKey().module() + " (" + e.getKey().portVariable() + ")", e.getValue()));
        managementPorts.entrySet().stream().filter(e -> e.getValue() != 0).forEach(e ->
                fixed.put(e.getKey().module() + "'s management interface (" + e.getKey().managementPortVariable() + ")",
                        e.getValue()));
        if (settings.externalServers.postgres().isEmpty() && settings.postgresPort != 0) {
            fixed.put("postgres (SUITE_POSTGRES_PORT)", settings.postgresPort);
        }
        if (settings.externalServers.kafkaBootstrapServers().isEmpty() && settings.kafkaPort != 0) {
            fixed.put("kafka (SUITE_KAFKA_PORT)", settings.kafkaPort);
            fixed.put("kafka's controller (SUITE_KAFKA_PORT + 1)", settings.kafkaPort + 1);
        }
        List<String> taken = fixed.entrySet().stream().filter(e -> !FreePorts.isFree(e.getValue()))
                .map(e -> e.getValue() + " for " + e.getKey()).collect(Collectors.toList());
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Ports already in use: " + String.join(", ", taken)
                    + ". Stop what uses them (another suite? ./suite down) or choose other ports.");
        }
    }

    private void printSummary() {
        String host = "http://localhost:";
        settings.progress.accept("");
        settings.progress.accept("dashboard    " + host + service(SuiteService.GATEWAY).port() + "/");
        for (ServiceProcess gateway : services.get(SuiteService.GATEWAY)) {
            settings.progress.accept("gateway      " + host + gateway.port());
        }
        settings.progress.accept("Swagger UI   " + host + service(SuiteService.GATEWAY).port() + "/q/swagger-ui");
        for (SuiteService service : SuiteService.values()) {
            if (service != SuiteService.GATEWAY) {
                for (ServiceProcess instance : services.get(service)) {
                    settings.progress.accept(String.format("%-12s %s%d", service.database(), host, instance.port()));
                }
            }
        }
        if (settings.instances > 1) {
            settings.progress.accept("instances    " + settings.instances + " of each; gateway k routes to instance k of each"
                    + " service, all share PostgreSQL and Kafka");
        }
        settings.progress.accept("admin key    " + secrets.adminKeyFile() + " (" + secrets.adminKey() + ")");
        settings.progress.accept("logs         " + dataDirectory.resolve("logs"));
    }

    private void deleteIfTemporary() {
        if (temporary) {
            try {
                Directories.deleteRecursively(dataDirectory);
            } catch (UncheckedIOException e) {
                settings.progress.accept("could not delete " + dataDirectory + ": " + e.getMessage());
            }
        }
    }

    private void deletePidFile() {
        if (!temporary) {
            try {
                Files.deleteIfExists(dataDirectory.resolve(PID_FILE));
            } catch (IOException e) {
                settings.progress.accept("could not delete " + dataDirectory.resolve(PID_FILE) + ": " + e.getMessage());
            }
        }
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    /** Defaults: the ports of docs/architecture.md, the repository above the working directory, a temporary data directory. */
    public static final class Builder {

        private Path repoRoot;
        private Path dataDirectory;
        private boolean fresh;
        private final Map<SuiteService, Integer> servicePorts = new EnumMap<>(SuiteService.class);
        private final Map<SuiteService, Integer> managementPorts = new EnumMap<>(SuiteService.class);
        private int postgresPort = DEFAULT_POSTGRES_PORT;
        private int instances = 1;
        private String gatewayHost = DEFAULT_GATEWAY_HOST;
        private String servicesHost = DEFAULT_SERVICES_HOST;
        private int kafkaPort = DEFAULT_KAFKA_PORT;
        private List<String> serviceJvmOptions = ServiceProcess.DEFAULT_JVM_OPTIONS;
        private List<String> kafkaJvmOptions = KafkaBroker.DEFAULT_JVM_OPTIONS;
        private Duration startupTimeout = ServiceProcess.DEFAULT_STARTUP_TIMEOUT;
        private ExternalServers externalServers = ExternalServers.fromEnvironment();
        private Consumer<String> progress = System.out::println;

        private Builder() {
            for (SuiteService service : SuiteService.values()) {
                servicePorts.put(service, service.defaultPort());
                managementPorts.put(service, service.defaultManagementPort());
            }
        }

        public Builder repoRoot(Path repoRoot) {
            this.repoRoot = repoRoot;
            return this;
        }

        /** Kept across runs; {@code null} (the default) for a temporary directory deleted on close. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** Deletes the data directory before starting. */
        public Builder fresh(boolean fresh) {
            this.fresh = fresh;
            return this;
        }

        /** 0 for a free port. */
        public Builder port(SuiteService service, int port) {
            servicePorts.put(service, port);
            return this;
        }

        /** The port of the service's {@code /q/health} and {@code /q/metrics}; 0 for a free port. */
        public Builder managementPort(SuiteService service, int port) {
            managementPorts.put(service, port);
            return this;
        }

        /**
         * How many instances of each service and of the gateway run (1 by default); see {@link InstancePorts} for
         * their ports and routes.
         */
        public Builder instances(int instances) {
            this.instances = instances;
            return this;
        }

        /** The address the gateway listens on: every interface by default, as the suite's one front door. */
        public Builder gatewayHost(String host) {
            this.gatewayHost = host;
            return this;
        }

        /**
         * The address the three services listen on: loopback by default, so that only the gateway (which signs the
         * callers' tokens and applies the rate limits) can reach them.
         */
        public Builder servicesHost(String host) {
            this.servicesHost = host;
            return this;
        }

        /** 0 for a free port. */
        public Builder postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        /** 0 for free ports; otherwise the controller listens on {@code port + 1}. */
        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        /** Free ports for everything: what tests use. */
        public Builder freePorts() {
            servicePorts.replaceAll((service, port) -> 0);
            managementPorts.replaceAll((service, port) -> 0);
            postgresPort = 0;
            kafkaPort = 0;
            return this;
        }

        public Builder serviceJvmOptions(List<String> options) {
            this.serviceJvmOptions = List.copyOf(options);
            return this;
        }

        public Builder kafkaJvmOptions(List<String> options) {
            this.kafkaJvmOptions = List.copyOf(options);
            return this;
        }

        /** How long each service may take to become healthy. */
        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        public Builder externalServers(ExternalServers externalServers) {
            this.externalServers = externalServers;
            return this;
        }

        /** Receives the progress lines; standard output by default. */
        public Builder progress(Consumer<String> progress) {
            this.progress = progress;
            return this;
        }

        public Suite start() throws IOException {
            if (repoRoot == null) {
                repoRoot = findRepoRoot(Path.of(""));
            }
            repoRoot = repoRoot.toAbsolutePath().normalize();
            Suite suite = new Suite(this);
            try {
                suite.startAll();
            } catch (IOException | RuntimeException e) {
                suite.close();
                throw e;
            }
            return suite;
        }
    }
}
