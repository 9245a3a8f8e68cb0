package io.revitalization.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What the child-process classes share: the JVM to launch, graceful termination, and a log's last lines. */
final class Processes {

    private static final Duration FORCED_EXIT_WAIT = Duration.ofSeconds(10);

    private Processes() {
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * SIGTERM, then SIGKILL once {@code grace} has passed.
     *
     * @return whether it exited within {@code grace}
     */
    static boolean terminate(Process process, Duration grace) {
        process.destroy();
        if (waitFor(process, grace)) {
            return true;
        }
        process.destroyForcibly();
        waitFor(process, FORCED_EXIT_WAIT);
        return false;
    }

    /** SIGKILL, for fault tests. */
    static void kill(Process process) {
        process.destroyForcibly();
        waitFor(process, FORCED_EXIT_WAIT);
    }

    static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }

    static String tail(Path log, int lines) {
        if (!Files.exists(log)) {
            return "(" + log + " does not exist)";
        }
        Deque<String> last = new ArrayDeque<>(lines);
        try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
        return String.join(System.lineSeparator(), last);
    }
}
