package io.revitalization.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJvmTest {

    @TempDir
    Path temporary;

    @Test
    void aJdkNamedByTheEnvironmentRunsTheServices() throws IOException {
        Path jdk25 = jdk("jdk-25", "25.0.3");

        ServiceJvm jvm = ServiceJvm.find(Map.of(ServiceJvm.JAVA_HOME_VARIABLE, jdk25.toString()), jdk("own", "17.0.15"));

        assertThat(jvm.executable()).isEqualTo(jdk25.resolve("bin/java").toString());
        assertThat(jvm.featureVersion()).isEqualTo(25);
    }

    @Test
    void jdk25TrainsAnAotCacheBesideTheBuildAtTheFirstRunAndUsesItAfterwards() throws IOException {
        Path jar = serviceJar();
        ServiceJvm jdk25 = ServiceJvm.of(jdk("jdk-25", "25.0.3"));
        Path cache = temporary.resolve("cases-service/target/suite-cds/jdk25.aot");

        ClassData first = jdk25.classData(jar);
        Path training = first.training().orElseThrow();
        assertThat(first.options()).contains("-XX:AOTCacheOutput=" + training);
        assertThat(training.getParent()).isEqualTo(cache.getParent());
        Files.writeString(training, "the cache the JVM wrote at exit");
        first.settle();

        assertThat(cache).hasContent("the cache the JVM wrote at exit");
        assertThat(training).doesNotExist();
        assertThat(jdk25.classData(jar).options()).contains("-XX:AOTCache=" + cache)
                .noneMatch(option -> option.startsWith("-XX:AOTCacheOutput"));
    }

    @Test
    void askedToTrainEveryJvmTrainsAgainAndItsCacheReplacesTheCurrentOne() throws IOException {
        Path jar = serviceJar();
        Path jdkHome = jdk("jdk-25", "25.0.3");
        ServiceJvm usual = ServiceJvm.find(Map.of(ServiceJvm.JAVA_HOME_VARIABLE, jdkHome.toString()), jdkHome);
        ServiceJvm training = ServiceJvm.find(Map.of(ServiceJvm.JAVA_HOME_VARIABLE, jdkHome.toString(),
                ServiceJvm.TRAINING_VARIABLE, "1"), jdkHome);
        ClassData first = usual.classData(jar);
        Files.writeString(first.training().orElseThrow(), "trained by a start");
        first.settle();
        assertThat(usual.classData(jar).training()).isEmpty();

        ClassData again = training.classData(jar);
        assertThat(again.options()).contains("-XX:AOTCacheOutput=" + again.training().orElseThrow())
                .noneMatch(option -> option.startsWith("-XX:AOTCache="));
        Files.writeString(again.training().orElseThrow(), "trained by a workload");
        again.settle();

        assertThat(again.cache().orElseThrow()).hasContent("trained by a workload");
        assertThat(usual.classData(jar).options()).contains("-XX:AOTCache=" + again.cache().orElseThrow());
    }

    @Test
    void twoInstancesTrainingAtOnceWriteUnderNamesOfTheirOwn() throws IOException {
        Path jar = serviceJar();
        ServiceJvm jdk25 = ServiceJvm.of(jdk("jdk-25", "25.0.3"));

        assertThat(jdk25.classData(jar).training()).isNotEqualTo(jdk25.classData(jar).training());
    }

    @Test
    void aCacheOlderThanAFileOfTheApplicationOrTheJdkIsTrainedAgain() throws IOException {
        Path jar = serviceJar();
        Path library = Files.writeString(Files.createDirectories(jar.resolveSibling("lib/main")).resolve("a.jar"), "a");
        Path jdkHome = jdk("jdk-25", "25.0.3");
        Path modules = Files.writeString(Files.createDirectories(jdkHome.resolve("lib")).resolve("modules"), "m");
        ServiceJvm jdk25 = ServiceJvm.of(jdkHome);
        Path cache = Files.createDirectories(temporary.resolve("cases-service/target/suite-cds")).resolve("jdk25.aot");
        Files.writeString(cache, "cache");
        Instant written = Instant.now().minus(1, ChronoUnit.HOURS);
        for (Path file : List.of(cache, jar, library, modules)) {
            Files.setLastModifiedTime(file, FileTime.from(written.minus(1, ChronoUnit.MINUTES)));
        }
        Files.setLastModifiedTime(cache, FileTime.from(written));
        assertThat(jdk25.classData(jar).training()).isEmpty();

        Files.setLastModifiedTime(library, FileTime.from(written.plusSeconds(1)));
        assertThat(jdk25.classData(jar).training()).isPresent();

        Files.setLastModifiedTime(library, FileTime.from(written.minusSeconds(1)));
        Files.setLastModifiedTime(modules, FileTime.from(written.plusSeconds(1)));
        assertThat(jdk25.classData(jar).training()).isPresent();
    }

    @Test
    void theCacheOfATrainingRunIsDatedAtItsStartSoThatABuildMeanwhileOutdatesIt() throws IOException {
        Path jar = serviceJar();
        ServiceJvm jdk25 = ServiceJvm.of(jdk("jdk-25", "25.0.3"));
        ClassData training = jdk25.classData(jar);
        Files.setLastModifiedTime(jar, FileTime.from(training.started().plusSeconds(5)));

        Files.writeString(training.training().orElseThrow(), "written at exit");
        training.settle();

        assertThat(jdk25.classData(jar).training()).isPresent();
    }

    @Test
    void whatAKilledTrainingRunLeftIsDiscarded() throws IOException {
        ClassData training = ServiceJvm.of(jdk("jdk-25", "25.0.3")).classData(serviceJar());
        Path partial = Files.writeString(training.training().orElseThrow(), "half");

        training.discard();

        assertThat(partial).doesNotExist();
        assertThat(training.cache().orElseThrow()).doesNotExist();
    }

    @Test
    void eachMainClassOfTheBrokerGetsACacheOfItsOwn() throws IOException {
        Path directory = temporary.resolve("kafka-cds");
        ServiceJvm jdk25 = ServiceJvm.of(jdk("jdk-25", "25.0.3"));
        List<Path> classpath = List.of(Files.writeString(temporary.resolve("kafka.jar"), "k"));

        assertThat(jdk25.classData(directory, "broker-", classpath).cache())
                .contains(directory.resolve("broker-jdk25.aot"));
        assertThat(jdk25.classData(directory, "storage-tool-", classpath).cache())
                .contains(directory.resolve("storage-tool-jdk25.aot"));
    }

    @Test
    void aJdkBefore25KeepsADynamicArchiveThatTheJvmManagesItself() throws IOException {
        Path jar = serviceJar();

        ClassData classData = ServiceJvm.of(jdk("jdk-21", "21.0.7")).classData(jar);

        assertThat(classData.options()).containsExactly("-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + temporary.resolve("cases-service/target/suite-cds/jdk21.jsa"),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        assertThat(classData.training()).isEmpty();
    }

    @Test
    void jdk17RunsTheServicesAsBeforeWithoutClassData() throws IOException {
        Path jar = serviceJar();

        assertThat(ServiceJvm.of(jdk("jdk-17", "17.0.15")).classData(jar).options()).isEmpty();
        assertThat(ServiceJvm.of(temporary.resolve("no-release-file")).classData(jar).options()).isEmpty();
    }

    @Test
    void aJdkSince22GivesFreedNativeMemoryBackWhichJdk17WouldRefuseAsAnUnknownOption() throws IOException {
        assertThat(ServiceJvm.of(jdk("jdk-25", "25.0.3")).nativeMemoryOptions())
                .containsExactly("-XX:TrimNativeHeapInterval=5000");
        assertThat(ServiceJvm.of(jdk("jdk-17", "17.0.15")).nativeMemoryOptions()).isEmpty();
    }

    private Path serviceJar() throws IOException {
        Path directory = Files.createDirectories(temporary.resolve("cases-service/target/quarkus-app"));
        return Files.writeString(directory.resolve("quarkus-run.jar"), "jar");
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(temporary.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
