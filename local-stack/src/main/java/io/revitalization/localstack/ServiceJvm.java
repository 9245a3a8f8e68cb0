package io.revitalization.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK that runs the services and the Kafka broker ({@value #JAVA_HOME_VARIABLE}, else {@link #TEMURIN_25} when
 * installed, else the launcher's own), and its class data per program, kept between runs: a JDK 25 or newer gets an
 * AOT cache (JEP 483/514/515: classes loaded and linked, method profiles), a JDK 19 to 24 a dynamic class-data
 * sharing archive; either is written when the program stops for the first time and used on every later start. An
 * older JDK runs them without.
 *
 * <p>An AOT cache keeps the method profiles of the run that wrote it, and the JIT compiles from them on every later
 * start: a cache written by a run that only started leaves the services compiling under their first load. With
 * {@value #TRAINING_VARIABLE}{@code =1} every JVM is a training run again, whatever cache it has, and replaces that
 * cache with its own at its stop; {@code bench/run} trains so on its workload before it measures.
 *
 * @param retrain whether a current AOT cache is replaced all the same
 */
record ServiceJvm(Path javaHome, int featureVersion, boolean retrain) {

    static final String JAVA_HOME_VARIABLE = "SUITE_SERVICES_JAVA_HOME";
    static final String TRAINING_VARIABLE = "SUITE_AOT_TRAINING";
    static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    /** The first release that creates a dynamic archive by itself ({@code -XX:+AutoCreateSharedArchive}). */
    private static final int AUTO_ARCHIVE_SINCE = 19;
    /** The first release that writes an AOT cache at the end of a training run ({@code -XX:AOTCacheOutput}). */
    private static final int AOT_CACHE_SINCE = 25;
    /** The first release that gives freed native memory back by itself ({@code -XX:TrimNativeHeapInterval}). */
    private static final int NATIVE_TRIM_SINCE = 22;
    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(?:1\\.)?(\\d+)", Pattern.MULTILINE);

    static ServiceJvm fromEnvironment() {
        return find(System.getenv(), Path.of(System.getProperty("java.home")));
    }

    static ServiceJvm find(Map<String, String> environment, Path ownJavaHome) {
        Path javaHome = Optional.ofNullable(environment.get(JAVA_HOME_VARIABLE)).filter(home -> !home.isBlank())
                .map(Path::of)
                .orElseGet(() -> Files.isExecutable(TEMURIN_25.resolve("bin/java")) ? TEMURIN_25 : ownJavaHome);
        ServiceJvm jvm = of(javaHome);
        return "1".equals(environment.get(TRAINING_VARIABLE)) ? jvm.retraining() : jvm;
    }

    static ServiceJvm of(Path javaHome) {
        return new ServiceJvm(javaHome, featureVersion(javaHome), false);
    }

    /** The same JDK, every run of it a training run. */
    ServiceJvm retraining() {
        return new ServiceJvm(javaHome, featureVersion, true);
    }

    String executable() {
        return javaHome.resolve("bin").resolve("java").toString();
    }

    /**
     * Freed native memory (glibc keeps what a burst of threads allocated while starting, e.g. Hibernate's and
     * Kafka's) given back to the system every 5 s: about 12 MB less resident per idle service.
     */
    List<String> nativeMemoryOptions() {
        return featureVersion >= NATIVE_TRIM_SINCE ? List.of("-XX:TrimNativeHeapInterval=5000") : List.of();
    }

    /**
     * The class data of a service run from {@code jar}, beside the build ({@code <module>/target/suite-cds/}), so
     * that a fresh data directory still starts from it; outdated once any file of the service's
     * {@code quarkus-app/} is newer.
     */
    ClassData classData(Path jar) {
        Path application = jar.toAbsolutePath().getParent();
        return classData(application.resolveSibling("suite-cds"), "", List.of(application));
    }

    /**
     * The class data of a program whose cache lives in {@code directory}, named {@code <prefix>jdk<N>.aot} (or
     * {@code .jsa}): one per main class, since it holds only what its training run loaded.
     *
     * @param classpath the program's jars and directories of jars: a cache older than one of them, or than the JDK,
     *                  is trained again (the JVM would refuse it)
     */
    ClassData classData(Path directory, String prefix, List<Path> classpath) {
        if (featureVersion < AUTO_ARCHIVE_SINCE) {
            return ClassData.NONE;
        }
        try {
            Files.createDirectories(directory);
            if (featureVersion < AOT_CACHE_SINCE) {
                Path archive = directory.resolve(prefix + "jdk" + featureVersion + ".jsa");
                // the JVM's notes on a missing or outdated archive are not the program's log
                return ClassData.options(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive,
                        "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            }
            Path cache = directory.resolve(prefix + "jdk" + featureVersion + ".aot");
            if (!retrain && isCurrent(cache, classpath)) {
                return ClassData.options(List.of("-XX:AOTCache=" + cache, "-Xlog:aot*=off"));
            }
            Path training = Files.createTempFile(directory, cache.getFileName() + ".", ".training");
            // a name of its own, reserved: the JVM writes it only at exit
            Files.delete(training);
            return ClassData.training(training, cache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isCurrent(Path cache, List<Path> classpath) throws IOException {
        if (!Files.isRegularFile(cache)) {
            return false;
        }
        FileTime written = Files.getLastModifiedTime(cache);
        List<Path> inputs = new ArrayList<>(classpath);
        inputs.add(javaHome.resolve("lib").resolve("modules"));
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(input)) {
                if (files.filter(Files::isRegularFile).anyMatch(file -> newer(file, written))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean newer(Path file, FileTime than) {
        try {
            return Files.getLastModifiedTime(file).compareTo(than) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From the JDK's {@code release} file; 0 when it cannot be read (then no class data is kept). */
    private static int featureVersion(Path javaHome) {
        try {
            Matcher version = VERSION.matcher(Files.readString(javaHome.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
