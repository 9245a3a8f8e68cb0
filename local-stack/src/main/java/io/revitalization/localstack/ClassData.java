package io.revitalization.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The class-data options of one launch of a JVM of ours ({@link ServiceJvm}) and what becomes of them once it has
 * exited: a training run writes its AOT cache under a name of its own, moved into place only when complete, so that
 * two instances training at once, or one killed while writing, never leave a broken cache where others map it.
 *
 * @param options  the JVM options
 * @param training where a training run writes its cache at exit; empty when nothing is written or the JVM itself
 *                 manages its archive
 * @param cache    where the cache goes once written
 * @param started  when the training run started: the cache is dated then, so that a build changed meanwhile makes it
 *                 outdated
 */
record ClassData(List<String> options, Optional<Path> training, Optional<Path> cache, Instant started) {

    static final Duration TRAINING_SHUTDOWN_TIMEOUT = Duration.ofMinutes(5);

    static final ClassData NONE = new ClassData(List.of(), Optional.empty(), Optional.empty(), Instant.EPOCH);

    ClassData {
        options = List.copyOf(options);
    }

    static ClassData options(List<String> options) {
        return new ClassData(options, Optional.empty(), Optional.empty(), Instant.EPOCH);
    }

    static ClassData training(Path training, Path cache) {
        return new ClassData(List.of("-XX:AOTCacheOutput=" + training, "-Xlog:aot*=off"), Optional.of(training),
                Optional.of(cache), Instant.now());
    }

    /**
     * How long a JVM gets to stop: a training run writes its cache at exit, several JVMs at once on a busy 2-core
     * machine took more than a minute each.
     */
    Duration shutdownTimeout(Duration usual) {
        return training.isPresent() ? TRAINING_SHUTDOWN_TIMEOUT : usual;
    }

    /** After a graceful exit: the complete cache of a training run replaces the previous one. */
    void settle() {
        if (training.isEmpty() || !Files.isRegularFile(training.get())) {
            return;
        }
        try {
            Files.setLastModifiedTime(training.get(), FileTime.from(started));
            Files.move(training.get(), cache.orElseThrow(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After kill -9: whatever a training run left is incomplete. */
    void discard() {
        training.ifPresent(file -> {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".config"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
