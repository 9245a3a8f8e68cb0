package io.revitalization.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void aNewJdkKeepsOneArchivePerServiceBesideItsBuild() throws IOException {
        Path jar = Files.createDirectories(temporary.resolve("cases-service/target/quarkus-app")).resolve("quarkus-run.jar");

        assertThat(ServiceJvm.of(jdk("jdk-25", "25.0.3")).classDataOptions(jar)).containsExactly(
                "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + temporary.resolve("cases-service/target/suite-cds/jdk25.jsa"),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        assertThat(temporary.resolve("cases-service/target/suite-cds")).isDirectory();
    }

    @Test
    void eachMainClassOfTheBrokerGetsAnArchiveOfItsOwn() throws IOException {
        Path directory = temporary.resolve("kafka-cds");
        ServiceJvm jdk25 = ServiceJvm.of(jdk("jdk-25", "25.0.3"));

        assertThat(jdk25.classDataOptions(directory, "broker-"))
                .contains("-XX:SharedArchiveFile=" + directory.resolve("broker-jdk25.jsa"));
        assertThat(jdk25.classDataOptions(directory, "storage-tool-"))
                .contains("-XX:SharedArchiveFile=" + directory.resolve("storage-tool-jdk25.jsa"));
        assertThat(directory).isDirectory();
    }

    @Test
    void jdk17RunsTheServicesAsBeforeWithoutAnArchive() throws IOException {
        Path jar = temporary.resolve("cases-service/target/quarkus-app/quarkus-run.jar");

        assertThat(ServiceJvm.of(jdk("jdk-17", "17.0.15")).classDataOptions(jar)).isEmpty();
        assertThat(ServiceJvm.of(temporary.resolve("no-release-file")).classDataOptions(jar)).isEmpty();
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(temporary.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
