package io.revitalization.gateway.edge.web;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.gateway.testing.AdminKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class AccessLogTest {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger accessLog = Logger.getLogger("io.quarkus.http.access-log");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        accessLog.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        accessLog.removeHandler(capture);
    }

    @Test
    void eachRequestIsOneLineWithItsIdKeyServiceAnswerAndTime() {
        AdminKeys.Issued curator = AdminKeys.issue(java.util.Map.of("role", "curator"));
        given().header("X-Request-Id", "access-log-1").header("X-API-Key", curator.key())
                .when().get("/api/v1/comparisons/overview?year=2024").then().statusCode(200);
        given().header("X-Request-Id", "access-log-2").when().get("/api/v1/partnerships").then().statusCode(503);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(lines).filteredOn(line -> line.contains("id=access-log-1")).singleElement().satisfies(line ->
                    assertThat(line).contains("\"GET /api/v1/comparisons/overview?year=2024 HTTP/1.1\" 200")
                            .contains("key=" + curator.id()).contains("service=comparison").containsPattern("\\d+ ms"));
            assertThat(lines).filteredOn(line -> line.contains("id=access-log-2")).singleElement().satisfies(line ->
                    assertThat(line).contains("\" 503 ").contains("service=partnerships"));
        });
        assertThat(String.join("\n", lines)).doesNotContain(curator.key());
    }
}
