package io.revitalization.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./suite} runs its launcher with a class-data archive per command; once the launcher's jar is rebuilt, the
 * JVM runs without the archive and never writes it again by itself, so the script must replace it. Checked on a copy
 * of the script and of the launcher's jar (its {@code help} needs no other jar), not on the build's own files.
 */
class LauncherClassDataTest {
    private static final Path REPO = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."))
            .toAbsolutePath().normalize();

    @TempDir
    Path copy;

    @Test
    void anArchiveOlderThanTheLauncherIsWrittenAgain() throws Exception {
        Path target = Files.createDirectories(copy.resolve("local-stack/target"));
        Files.copy(REPO.resolve("suite"), copy.resolve("suite"));
        Path jar = Files.copy(launcherJar(), target.resolve("local-stack-copy.jar"));
        Files.createFile(target.resolve("suite.classpath"));
        runSuite("help");
        Path archive = helpArchive(target.resolve("suite-cds"));
        Thread.sleep(1_100); // a newer modification time than the archive's, even on a file system counting seconds
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));

        runSuite("help");

        assertThat(Files.getLastModifiedTime(archive)).as("the archive is written again after the jar changed")
                .isGreaterThan(Files.getLastModifiedTime(jar));
    }

    private void runSuite(String command) throws IOException, InterruptedException {
        Process suite = new ProcessBuilder("bash", copy.resolve("suite").toString(), command).directory(copy.toFile())
                .redirectErrorStream(true).start();
        String output = new String(suite.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(suite.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(suite.exitValue()).as(output).isZero();
    }

    private static Path helpArchive(Path directory) throws IOException {
        try (Stream<Path> files = Files.isDirectory(directory) ? Files.list(directory) : Stream.empty()) {
            List<Path> archives = files.filter(file -> file.getFileName().toString().matches("launcher-help-jdk\\d+\\.jsa"))
                    .toList();
            assertThat(archives).as("./suite keeps its launcher's class data on a JDK 19 or newer (Temurin 25 in "
                    + "/usr/lib/jvm/temurin-25-jdk-amd64, or SUITE_SERVICES_JAVA_HOME)").hasSize(1);
            return archives.get(0);
        }
    }

    private static Path launcherJar() throws IOException {
        try (Stream<Path> files = Files.list(REPO.resolve("local-stack/target"))) {
            return files.filter(file -> file.getFileName().toString().matches("local-stack-.*(?<!-sources|-tests)\\.jar"))
                    .findFirst().orElseThrow();
        }
    }
}
