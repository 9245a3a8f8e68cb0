package io.revitalization.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.localstack.FreePorts;
import io.revitalization.localstack.ServiceProcess;
import io.revitalization.localstack.Suite;
import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Log lines carry the date; one setting turns them into one JSON object per line for a log collector. */
class LogFormatTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    /** The plain format's start: date, time, level. */
    private static final Pattern PLAIN = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} [A-Z]+ ");

    @Test
    void plainLinesStartWithTheirDate() throws Exception {
        List<String> lines = Files.readAllLines(SUITE.suite().service(SuiteService.CASES).logFile());
        assertThat(lines).anyMatch(line -> PLAIN.matcher(line).find() && line.contains("started in"));
    }

    @Test
    void oneSettingMakesEveryLogLineAJsonObject() throws Exception {
        Suite suite = SUITE.suite();
        Path log = suite.dataDirectory().resolve("logs").resolve("cases-json.log");
        int[] ports = FreePorts.allocate(2);
        ServiceProcess.Definition definition = new ServiceProcess.Definition("cases-json",
                SuiteService.CASES.jar(Suite.findRepoRoot(Path.of("").toAbsolutePath())), ports[0], ports[1], Map.of(
                "quarkus.log.console.json.enabled", "true",
                "quarkus.datasource.jdbc.url", suite.postgres().jdbcUrl(SuiteService.CASES.database()),
                "quarkus.datasource.username", suite.postgres().username(),
                "quarkus.datasource.password", suite.postgres().password(),
                "kafka.bootstrap.servers", suite.kafkaBootstrapServers(),
                "quarkus.http.host", "127.0.0.1",
                "quarkus.management.host", "127.0.0.1",
                "mp.jwt.verify.publickey.location", "file:" + suite.dataDirectory().resolve("jwt/publicKey.pem")),
                ServiceProcess.DEFAULT_JVM_OPTIONS, log);
        try (ServiceProcess cases = ServiceProcess.start(definition)) {
            cases.awaitHealthy(Duration.ofMinutes(4));
        }

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> entries = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            assertThat(PLAIN.matcher(line).find()).as("a plain log line: " + line).isFalse();
            if (line.startsWith("{")) {
                entries.add(json.readTree(line));
            }
        }
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.path("message").asText()).contains("started in");
            assertThat(entry.path("level").asText()).isEqualTo("INFO");
            assertThat(entry.path("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
            assertThat(entry.path("loggerName").asText()).isNotEmpty();
        });
    }
}
