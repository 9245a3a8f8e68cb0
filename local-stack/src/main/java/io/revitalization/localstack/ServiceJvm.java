package io.revitalization.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK that runs the services and the Kafka broker. A JDK 19 or newer ({@value #JAVA_HOME_VARIABLE}, else
 * {@link #TEMURIN_25} when installed) gets a class-data sharing archive per program: written when it stops for the
 * first time, mapped on every later start (the JVM rewrites it when the classpath has changed). Without one, the
 * launcher's own JDK (17) runs them as before.
 */
record ServiceJvm(Path javaHome, int featureVersion) {

    static final String JAVA_HOME_VARIABLE = "SUITE_SERVICES_JAVA_HOME";
    static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    /** The first release that creates a dynamic archive by itself ({@code -XX:+AutoCreateSharedArchive}). */
    private static final int AUTO_ARCHIVE_SINCE = 19;
    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(?:1\\.)?(\\d+)", Pattern.MULTILINE);

    static ServiceJvm fromEnvironment() {
        return find(System.getenv(), Path.of(System.getProperty("java.home")));
    }

    static ServiceJvm find(Map<String, String> environment, Path ownJavaHome) {
        Optional<Path> chosen = Optional.ofNullable(environment.get(JAVA_HOME_VARIABLE)).filter(home -> !home.isBlank())
                .map(Path::of);
        if (chosen.isPresent()) {
            return of(chosen.get());
        }
        return Files.isExecutable(TEMURIN_25.resolve("bin/java")) ? of(TEMURIN_25) : of(ownJavaHome);
    }

    static ServiceJvm of(Path javaHome) {
        return new ServiceJvm(javaHome, featureVersion(javaHome));
    }

    String executable() {
        return javaHome.resolve("bin").resolve("java").toString();
    }

    boolean sharesClassData() {
        return featureVersion >= AUTO_ARCHIVE_SINCE;
    }

    /**
     * The archive's options for a service run from {@code jar}; the archive lives beside the build
     * ({@code <module>/target/suite-cds/}), so that a fresh data directory still starts from it. Its instances share
     * it: the JVM deletes the old file before writing a new one, so one that still maps it is not disturbed.
     */
    List<String> classDataOptions(Path jar) {
        return classDataOptions(jar.toAbsolutePath().getParent().resolveSibling("suite-cds"), "");
    }

    /**
     * The archive's options for a program whose archive lives in {@code directory}, named
     * {@code <prefix>jdk<N>.jsa}: one archive per main class, since an archive holds only what its first run loaded.
     */
    List<String> classDataOptions(Path directory, String prefix) {
        if (!sharesClassData()) {
            return List.of();
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path archive = directory.resolve(prefix + "jdk" + featureVersion + ".jsa");
        // the JVM's notes on a missing or outdated archive are not the service's log
        return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off");
    }

    /** From the JDK's {@code release} file; 0 when it cannot be read (then no archive is used). */
    private static int featureVersion(Path javaHome) {
        try {
            Matcher version = VERSION.matcher(Files.readString(javaHome.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
