package io.revitalization.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A packaged Quarkus service ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as a child JVM, its output
 * appended to a log file. Start it, then {@link #awaitHealthy(Duration)}.
 */
public final class ServiceProcess implements AutoCloseable {

    /**
     * A young generation capped at 32 MB: the services' live data is small, and every page of a larger eden gets
     * touched as allocation cycles through it, so it would stay resident (about 35 MB more per idle service).
     * C2 compiles a method only after ten times the usual calls and loop iterations: most of what Quarkus runs while
     * starting runs a few thousand times and never again, and compiling it took about a third of a service's start
     * CPU on 2 cores (and some 15 MB of its memory), while the request paths under load pass the higher thresholds
     * within seconds. For the same reason C1 compiles a method with its profile (tier 3) only after five times the
     * usual calls: in eleven starts of the suite alternated with and without, the services used about a core-second
     * less CPU until all healthy (medians 21.1 and 22.2 s), and were healthy 0.3 s sooner in the median.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx256m", "-XX:MaxNewSize=32m", "-XX:+UseSerialGC",
            "-XX:Tier3InvocationThreshold=1000", "-XX:Tier3MinInvocationThreshold=500",
            "-XX:Tier3CompileThreshold=10000", "-XX:Tier3BackEdgeThreshold=300000",
            "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000",
            "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000");
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ServiceJvm JVM = ServiceJvm.fromEnvironment();

    /**
     * @param name             e.g. {@code cases-service}
     * @param jar              its {@code quarkus-run.jar}
     * @param port             the HTTP port, passed as {@code quarkus.http.port}
     * @param managementPort   the port of {@code /q/health} and {@code /q/metrics}, passed as
     *                         {@code quarkus.management.port}
     * @param systemProperties further configuration, passed as {@code -Dkey=value}
     * @param jvmOptions       e.g. {@link #DEFAULT_JVM_OPTIONS}
     * @param logFile          receives the process's stdout and stderr, appended across restarts
     */
    public record Definition(String name, Path jar, int port, int managementPort, Map<String, String> systemProperties,
                             List<String> jvmOptions, Path logFile) {

        public Definition {
            systemProperties = Map.copyOf(systemProperties);
            jvmOptions = List.copyOf(jvmOptions);
        }
    }

    private final Definition definition;
    private Process process;
    private ClassData classData = ClassData.NONE;
    private long launchedAt;

    private ServiceProcess(Definition definition) {
        this.definition = definition;
    }

    public static ServiceProcess start(Definition definition) throws IOException {
        if (!Files.isRegularFile(definition.jar())) {
            throw new IllegalStateException(definition.name() + " is not built: " + definition.jar() + " is missing");
        }
        ServiceProcess service = new ServiceProcess(definition);
        service.launch();
        return service;
    }

    public String name() {
        return definition.name();
    }

    public int port() {
        return definition.port();
    }

    public int managementPort() {
        return definition.managementPort();
    }

    /** Where it answers: its own address, or loopback when it listens on every interface. */
    public String url() {
        return url("quarkus.http.host", definition.port());
    }

    /** Where its management interface answers ({@code /q/health}, {@code /q/metrics}). */
    public String managementUrl() {
        return url("quarkus.management.host", definition.managementPort());
    }

    private String url(String hostProperty, int port) {
        String host = definition.systemProperties().getOrDefault(hostProperty, "127.0.0.1");
        return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port;
    }

    public Path logFile() {
        return definition.logFile();
    }

    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name() + " is not running");
        }
        return process.pid();
    }

    /**
     * Polls {@code /q/health/ready} on the management port until it answers 200.
     *
     * @return how long it took since the JVM was launched
     * @throws IllegalStateException when the process exits first or the time is up, with the tail of its log
     */
    public Duration awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer";
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            Process current = current();
            if (current == null) {
                throw new IllegalStateException(name() + " was stopped before it became healthy");
            }
            if (!current.isAlive()) {
                throw new IllegalStateException(name() + " exited with code " + current.exitValue()
                        + " before becoming healthy; last lines of " + logFile() + ":\n" + Processes.tail(logFile(), 40));
            }
            try {
                HttpResponse<String> answer = HTTP.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - launchedAt());
                }
                lastAnswer = answer.statusCode() + " " + answer.body();
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name(), e);
            }
            Processes.sleep(POLL_INTERVAL);
        }
        throw new IllegalStateException(name() + " did not become healthy on " + managementUrl() + " within " + timeout.toSeconds()
                + " s (last answer of /q/health/ready: " + lastAnswer + "); last lines of " + logFile() + ":\n"
                + Processes.tail(logFile(), 40));
    }

    /** SIGTERM (Quarkus shuts down gracefully), killed after 60 s (5 min when it writes its AOT cache). */
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

    /** kill -9, for fault tests. */
    public synchronized void kill() {
        if (process != null) {
            Processes.kill(process);
            classData.discard();
            process = null;
        }
        ShutdownHooks.unregister(this);
    }

    /** Stops (if still running), starts again with the same configuration and waits until healthy. */
    public void restart() throws IOException {
        stop();
        launch();
        awaitHealthy(DEFAULT_STARTUP_TIMEOUT);
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return name() + " on :" + port();
    }

    private synchronized long launchedAt() {
        return launchedAt;
    }

    private synchronized Process current() {
        return process;
    }

    private synchronized void launch() throws IOException {
        Files.createDirectories(logFile().getParent());
        List<String> command = new ArrayList<>();
        command.add(JVM.executable());
        classData = JVM.classData(definition.jar());
        command.addAll(classData.options());
        command.addAll(JVM.nativeMemoryOptions());
        command.addAll(definition.jvmOptions());
        command.add("-Dquarkus.http.port=" + definition.port());
        command.add("-Dquarkus.management.port=" + definition.managementPort());
        definition.systemProperties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(definition.jar().toString());
        // the log's directory as working directory: a module's .env or config/ must not leak into the run
        launchedAt = System.nanoTime();
        process = new ProcessBuilder(command)
                .directory(logFile().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        ShutdownHooks.register(this);
    }
}
