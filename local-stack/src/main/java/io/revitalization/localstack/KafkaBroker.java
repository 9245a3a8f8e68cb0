package io.revitalization.localstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A single-node Kafka KRaft broker (broker and controller in one) in its own JVM, started from the classpath that
 * the {@code kafka-runtime} module resolves, so the broker's jars never meet ours. Its work directory holds
 * {@code server.properties}, the data in {@code data/} (formatted once) and {@code kafka.log} (warnings and the
 * JVM's own output). A given directory survives stop and start, a temporary one is deleted on {@link #close()}.
 */
public final class KafkaBroker implements AutoCloseable {

    /**
     * The client compiler only: a local broker's load never needs C2, and without it the broker's start takes about
     * half the CPU on 2 cores, which the services starting beside it need.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    private static final String CLASSPATH_RESOURCE = "/kafka-runtime.classpath";
    /** Generous: a restart after kill -9 on a busy shared machine has been seen to need more than 90 s. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    private static final ServiceJvm JVM = ServiceJvm.fromEnvironment();

    private final Path workDirectory;
    private final boolean temporary;
    private final int port;
    private final int controllerPort;
    private final List<String> jvmOptions;
    private Process process;
    private ClassData classData = ClassData.NONE;

    private KafkaBroker(Path workDirectory, boolean temporary, int port, int controllerPort, List<String> jvmOptions) {
        this.workDirectory = workDirectory;
        this.temporary = temporary;
        this.port = port;
        this.controllerPort = controllerPort;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Same as {@link #start(Path, int, List)} with {@link #DEFAULT_JVM_OPTIONS}. */
    public static KafkaBroker start(Path workDirectory, int port) throws IOException {
        return start(workDirectory, port, DEFAULT_JVM_OPTIONS);
    }

    /**
     * @param workDirectory where the data lives, or {@code null} for a temporary directory deleted on close
     * @param port          the client port, or 0 for a free one; the controller listens on the next port, or on
     *                      a free one when {@code port} is 0
     * @param jvmOptions    options of the broker's JVM, e.g. its heap
     */
    public static KafkaBroker start(Path workDirectory, int port, List<String> jvmOptions) throws IOException {
        int[] ports = ports(port);
        return start(workDirectory, ports[0], ports[1], jvmOptions);
    }

    /** The client and controller ports {@link #start(Path, int, List)} uses for {@code port}. */
    public static int[] ports(int port) {
        return port == 0 ? FreePorts.allocate(2) : new int[] {port, port + 1};
    }

    /** As {@link #start(Path, int, List)}, on ports chosen beforehand (so that clients can be told before it is up). */
    public static KafkaBroker start(Path workDirectory, int port, int controllerPort, List<String> jvmOptions)
            throws IOException {
        boolean temporary = workDirectory == null;
        KafkaBroker broker = new KafkaBroker(
                temporary ? Directories.createTemporary("kafka-") : workDirectory.toAbsolutePath(),
                temporary, port, controllerPort, jvmOptions);
        try {
            broker.launch();
        } catch (IOException | RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return workDirectory.resolve("kafka.log");
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Controlled shutdown (SIGTERM); killed after 30 s (5 min when it writes its AOT cache). */
    public synchronized void stop() {
        if (process != null) {
            if (Processes.terminate(process, classData.shutdownTimeout(SHUTDOWN_TIMEOUT))) {
                classData.settle();
            } else {
                classData.discard();
            }
            process = null;
        }
        ShutdownHooks.unregister(this);
    }

    /** kill -9, for fault tests: what the broker has not written to its log files is lost, nothing else. */
    public synchronized void kill() {
        if (process != null) {
            Processes.kill(process);
            classData.discard();
            process = null;
        }
        ShutdownHooks.unregister(this);
    }

    /** Stops (if still running) and starts again on the same ports and data. */
    public synchronized void restart() throws IOException {
        stop();
        launch();
    }

    @Override
    public void close() {
        stop();
        if (temporary) {
            Directories.deleteRecursively(workDirectory);
        }
    }

    @Override
    public String toString() {
        return "Kafka on :" + port + " (" + workDirectory + ")";
    }

    private synchronized void launch() throws IOException {
        Files.createDirectories(workDirectory);
        writeConfiguration();
        if (!Files.exists(dataDirectory().resolve("meta.properties"))) {
            createStorage();
        }
        classData = classData("broker-");
        process = new ProcessBuilder(javaCommand("kafka.Kafka", classData, serverProperties().toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        ShutdownHooks.register(this);
        awaitReady();
    }

    /**
     * A copy of the storage the first format on this machine left, kept beside the broker's class data: formatting
     * starts a JVM of its own (about a second of CPU while the suite starts). The storage holds no port and no
     * path, only the node's id, a cluster id and the metadata version; every local broker sharing one cluster id
     * is harmless.
     */
    private void createStorage() throws IOException {
        Path template = classDataDirectory(brokerClasspath()).resolve("formatted-storage");
        if (Files.exists(template.resolve("meta.properties"))) {
            Directories.copyContents(template, dataDirectory(), logFile(), STARTUP_TIMEOUT);
            return;
        }
        format();
        // copied aside and renamed: a concurrent broker never copies a half-made template
        Files.createDirectories(template.getParent());
        Path staging = Files.createTempDirectory(template.getParent(), "formatted-");
        try {
            Directories.copyContents(dataDirectory(), staging, logFile(), STARTUP_TIMEOUT);
            Files.move(staging, template, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            if (!Files.exists(template.resolve("meta.properties"))) {
                throw e;
            }
        } finally {
            Directories.deleteRecursively(staging);
        }
    }

    private void format() throws IOException {
        ClassData formatClassData = classData("storage-tool-");
        Process format = new ProcessBuilder(javaCommand("kafka.tools.StorageTool", formatClassData,
                "format", "-t", Uuid.randomUuid().toString(), "-c", serverProperties().toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        boolean exited = Processes.waitFor(format, STARTUP_TIMEOUT);
        if (exited) {
            formatClassData.settle();
        } else {
            format.destroyForcibly();
            formatClassData.discard();
        }
        if (!exited || format.exitValue() != 0) {
            throw new IllegalStateException("Formatting Kafka's storage in " + dataDirectory() + " failed; last lines of "
                    + logFile() + ":\n" + Processes.tail(logFile(), 20));
        }
    }

    /** {@code prefix}: that of the main class's class data ({@link ServiceJvm}). */
    private static ClassData classData(String prefix) {
        String classpath = brokerClasspath();
        return JVM.classData(classDataDirectory(classpath), prefix,
                Arrays.stream(classpath.split(File.pathSeparator)).map(Path::of).toList());
    }

    private List<String> javaCommand(String mainClass, ClassData classData, String... arguments) {
        String classpath = brokerClasspath();
        List<String> command = new ArrayList<>();
        command.add(JVM.executable());
        command.addAll(classData.options());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-Dkafka.logs.dir=" + workDirectory);
        command.add("-Dlog4j2.configurationFile=" + workDirectory.resolve("log4j2.xml"));
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(Arrays.asList(arguments));
        return command;
    }

    private void writeConfiguration() throws IOException {
        try (InputStream log4j = KafkaBroker.class.getResourceAsStream("/kafka-log4j2.xml")) {
            Files.copy(log4j, workDirectory.resolve("log4j2.xml"), StandardCopyOption.REPLACE_EXISTING);
        }
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", dataDirectory().toString()),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // one node and a handful of consumer groups: 50 partitions (the default) only make their creation slow
                Map.entry("offsets.topic.num.partitions", "1"),
                // the log cleaner's 128 MB default is allocated at start and stays resident; 16 MB still holds the
                // offsets of ~600,000 distinct keys per cleaning pass
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024)),
                Map.entry("num.partitions", "3")));
        try (Writer out = Files.newBufferedWriter(serverProperties(), StandardCharsets.UTF_8)) {
            properties.store(out, "written by " + KafkaBroker.class.getName() + " on every start");
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        Exception lastFailure = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with code " + process.exitValue() + "; last lines of "
                        + logFile() + ":\n" + Processes.tail(logFile(), 30));
            }
            // the admin client only once the port is open: it logs a warning for every refused connection
            if (acceptsConnections()) {
                try {
                    describeCluster();
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    lastFailure = e;
                }
            }
            Processes.sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException("Kafka was not ready on :" + port + " within " + STARTUP_TIMEOUT.toSeconds()
                + " s; last lines of " + logFile() + ":\n" + Processes.tail(logFile(), 30), lastFailure);
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void describeCluster() throws ExecutionException, TimeoutException {
        // Kafka loads its plugins (e.g. its JMX reporter) through the context class loader; in a Quarkus test that
        // may be another application's class loader than the one that loaded this class
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaBroker.class.getClassLoader());
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
            admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Path serverProperties() {
        return workDirectory.resolve("server.properties");
    }

    private Path dataDirectory() {
        return workDirectory.resolve("data");
    }

    /**
     * Per machine and broker classpath (so per Kafka version), beside the temporary directory like PostgreSQL's
     * binaries: shared by every suite and test, kept by {@code --fresh}.
     */
    private static Path classDataDirectory(String classpath) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(classpath.getBytes(StandardCharsets.UTF_8));
            return Path.of(System.getProperty("java.io.tmpdir"), "revitalization-kafka-cds",
                    HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + CLASSPATH_RESOURCE + " is missing: build the kafka-runtime "
                        + "module first (./mvnw -q -DskipTests install)");
            }
            String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            List<String> missing = Arrays.stream(classpath.split(File.pathSeparator))
                    .filter(jar -> !Files.exists(Path.of(jar)))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("The Kafka broker's jars are missing (" + missing.get(0) + " …): "
                        + "rebuild the kafka-runtime module (./mvnw -q -pl kafka-runtime install)");
            }
            return classpath;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
