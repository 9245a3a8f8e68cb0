package io.revitalization.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

final class Directories {

    private Directories() {
    }

    /** A temporary directory that other users may enter (PostgreSQL may run as another user, see {@link PostgresUser}). */
    static Path createTemporary(String prefix) throws IOException {
        Path directory = Files.createTempDirectory(prefix);
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        return directory;
    }

    /**
     * Copies what {@code from} holds into {@code to} with {@code cp -a}, which keeps owners and modes (a PostgreSQL
     * data directory may belong to another user); its output goes to {@code log}.
     */
    static void copyContents(Path from, Path to, Path log, Duration timeout) throws IOException {
        Files.createDirectories(to);
        Process copy = new ProcessBuilder("cp", "-a", from + "/.", to.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!Processes.waitFor(copy, timeout) || copy.exitValue() != 0) {
            copy.destroyForcibly();
            throw new IllegalStateException("Copying " + from + " to " + to + " failed; last lines of " + log + ":\n"
                    + Processes.tail(log, 20));
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Directories::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + directory, e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + path, e);
        }
    }
}
