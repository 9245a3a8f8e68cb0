package io.revitalization.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.revitalization.localstack.FreePorts;
import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docker-compose.yml is for users with Docker; no engine runs here, so its shape is checked instead, and its
 * healthchecks are run against the suite.
 */
class DockerComposeFileTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    private static final Path REPO = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."))
            .toAbsolutePath().normalize();
    private static final Path COMPOSE = REPO.resolve("docker-compose.yml");
    private static final Map<String, String> SERVICE_DATABASES = Map.of(
            "cases-service", "cases", "comparison-service", "comparison", "partnerships-service", "partnerships",
            "gateway", "gateway");

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        assumeTrue(onPath("docker-compose"), "docker-compose is not installed (.ci/run installs it)");
        Process config = new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config", "-q")
                .redirectErrorStream(true).start();
        assertThat(config.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(config.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(config.exitValue()).as(output).isZero();
    }

    @Test
    void everyServiceHasAHealthcheckAndWaitsForHealthyDependencies() throws IOException {
        JsonNode services = compose().get("services");
        for (String name : List.of("postgres", "kafka", "cases-service", "comparison-service", "partnerships-service",
                "gateway")) {
            assertThat(services.has(name)).as("service " + name).isTrue();
            assertThat(services.get(name).has("healthcheck")).as(name + " healthcheck").isTrue();
        }
        for (String app : SERVICE_DATABASES.keySet()) {
            JsonNode dependsOn = services.get(app).get("depends_on");
            assertThat(dependsOn.get("postgres").get("condition").asText()).isEqualTo("service_healthy");
        }
        for (String app : List.of("cases-service", "comparison-service", "partnerships-service")) {
            assertThat(services.get(app).get("depends_on").get("kafka").get("condition").asText())
                    .isEqualTo("service_healthy");
            assertThat(services.get("gateway").get("depends_on").get(app).get("condition").asText())
                    .isEqualTo("service_healthy");
        }
    }

    /**
     * The images have bash (run-java.sh needs it) but no curl: each app's healthcheck asks its management port's
     * readiness with bash alone. Run here as the container would (compose turns {@code $$} into {@code $}), against
     * the app running in the suite, it succeeds; against a port nobody listens on, it fails.
     */
    @Test
    void everyAppsHealthcheckAsksItsReadinessWithBashAlone() throws Exception {
        JsonNode services = compose().get("services");
        for (SuiteService service : SuiteService.values()) {
            List<String> test = new ArrayList<>();
            services.get(service.module()).get("healthcheck").get("test").forEach(part -> test.add(part.asText()));
            assertThat(test).as(service.module()).startsWith("CMD", "bash", "-c").endsWith("9000");
            assertThat(test.get(3)).as(service.module()).contains("/q/health/ready").doesNotContain("curl", "wget");

            List<String> probe = new ArrayList<>(test.subList(1, 4));
            probe.set(2, probe.get(2).replace("$$", "$"));
            assertThat(exitCode(probe, SUITE.suite().service(service).managementPort())).as(service.module() + " ready")
                    .isZero();
            assertThat(exitCode(probe, FreePorts.one())).as(service.module() + " on a closed port").isNotZero();
        }
    }

    private static int exitCode(List<String> probe, int port) throws Exception {
        List<String> command = new ArrayList<>(probe);
        command.add(String.valueOf(port));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).as(command.toString()).isTrue();
        return run.exitValue();
    }

    @Test
    void eachServiceOwnsItsDatabaseAndKafkaRunsInKraftMode() throws IOException {
        JsonNode services = compose().get("services");
        SERVICE_DATABASES.forEach((app, database) -> assertThat(
                services.get(app).get("environment").get("QUARKUS_DATASOURCE_JDBC_URL").asText())
                .isEqualTo("jdbc:postgresql://postgres:5432/" + database));
        assertThat(Files.readString(REPO.resolve("deploy/postgres/init-databases.sql")))
                .contains(SERVICE_DATABASES.values().stream().map(db -> "CREATE DATABASE " + db + ";").toList());
        JsonNode kafka = services.get("kafka");
        assertThat(kafka.get("image").asText()).startsWith("apache/kafka:");
        assertThat(kafka.get("environment").get("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
    }

    @Test
    void onlyTheGatewayMountsThePrivateKeyAndPublishesAPortSoThatServicesScale() throws IOException {
        JsonNode services = compose().get("services");
        assertThat(texts(services.get("gateway").get("volumes"))).containsExactly("jwt-private:/keys:ro");
        assertThat(texts(services.get("gateway").get("ports"))).containsExactly("8080-8089:8080");
        for (String app : List.of("cases-service", "comparison-service", "partnerships-service")) {
            assertThat(texts(services.get(app).get("volumes"))).as(app).containsExactly("jwt-public:/keys:ro");
            assertThat(services.get(app).has("ports")).as(app + " publishes no host port").isFalse();
        }
        assertThat(texts(services.get("jwt-keys").get("entrypoint"))).endsWith("/private", "/public", "185");
    }

    @Test
    void kafkaKeepsItsLogInItsVolumeAndIsTheLocalBrokersVersion() throws IOException {
        JsonNode kafka = compose().get("services").get("kafka");
        assertThat(kafka.get("environment").get("KAFKA_LOG_DIRS").asText()).isEqualTo("/var/lib/kafka/data");
        assertThat(texts(kafka.get("volumes"))).containsExactly("kafka-data:/var/lib/kafka/data");
        String brokerVersion = Files.readString(REPO.resolve("kafka-runtime/pom.xml"))
                .replaceAll("(?s).*<kafka.broker.version>([^<]+)</kafka.broker.version>.*", "$1");
        assertThat(kafka.get("image").asText()).isEqualTo("apache/kafka:" + brokerVersion);
    }

    @Test
    void theBuildContextHoldsOnlyThePackagedApps() throws IOException {
        assertThat(Files.readAllLines(REPO.resolve(".dockerignore")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")))
                .containsExactly("*", "!*/target/quarkus-app/");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static JsonNode compose() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
    }

    private static boolean onPath(String command) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
