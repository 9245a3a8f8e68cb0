package io.revitalization.cases.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.revitalization.cases.testing.Api;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Bytes no id, filter or text may hold (NUL and other control characters, invalid UTF-8, a cursor that decodes to
 * NUL) are a 400 problem naming the path, the parameter or the field, never a 500, and never a forged log line.
 */
@QuarkusTest
class HostileInputTest {
    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse raw(String pathAndQuery) {
        return given().urlEncodingEnabled(false).get(pathAndQuery).then();
    }

    private static void refused(String pathAndQuery, String field) {
        raw(pathAndQuery).statusCode(400).contentType(PROBLEM)
                .body("type", startsWith("https://"))
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void nulInIdsIsRefusedNamingThePath() {
        refused("/api/v1/cases/%00", "path");
        refused("/api/v1/cases/kochi%00satoyama/revisions", "path");
        refused("/api/v1/institutions/%00", "path");
        refused("/api/v1/programs/%00", "path");
    }

    @Test
    void nulInFiltersIsRefusedNamingTheParameter() {
        refused("/api/v1/cases?institution=%00", "institution");
        refused("/api/v1/cases?theme=a%00b", "theme");
        refused("/api/v1/cases/export?country=%00", "country");
        refused("/api/v1/institutions?country=%1F", "country");
        refused("/api/v1/programs?country=%C2%85", "country");
    }

    @Test
    void invalidUtf8IsRefused() {
        refused("/api/v1/cases/slug%C0%ADwith-overlong-hyphen", "path");
        refused("/api/v1/cases/%ED%A0%80", "path");
        refused("/api/v1/cases?theme=%ED%A0%80", "theme");
        refused("/api/v1/cases?theme=%E9%87", "theme");
    }

    @Test
    void aCursorThatDecodesToNulIsRefused() {
        refused("/api/v1/cases?cursor=AAAA", "cursor");
        refused("/api/v1/institutions?cursor=AAAA", "cursor");
        refused("/api/v1/programs?cursor=AAAA", "cursor");
    }

    @Test
    void aLineBreakInThePathCannotForgeALogLine() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            refused("/api/v1/cases/%00%0a17:31:00.000%20INFO%20FORGED", "path");
            refused("/api/v1/cases?theme=x%0d%0a17:31:00.000%20INFO%20FORGED", "theme");
        } finally {
            root.removeHandler(capture);
        }
        assertThat(lines).noneMatch(line -> line != null && (line.contains("\n17:31") || line.contains("\r\n17:31")));
    }

    @Test
    void textWithLoneSurrogatesOrControlCharactersIsRefusedByField() {
        UUID lead = Api.university("TW");
        String body = "{\"title\": {\"en\": \"half \\ud800 a pair\"}, \"country\": \"TW\", \"leadInstitution\": \""
                + lead + "\"}";
        Api.curator().body(body).post("/api/v1/cases")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("title.en"));
        Api.curator().body(Api.caseWith(lead, Map.of("summary", Map.of("en", "bell\u0007"))))
                .post("/api/v1/cases")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("summary.en"));
        Api.curator().body(Api.caseWith(lead, Map.of("summary", Map.of("en", "line one\nline two\ttab"))))
                .post("/api/v1/cases").then().statusCode(201);
    }

    @Test
    void lengthsAreCountedInCharactersNotUtf16Units() {
        UUID lead = Api.university("TW");
        String astral = "𠀋".repeat(300);
        Api.curator().body(Api.caseWith(lead, Map.of("title", Map.of("en", astral)))).post("/api/v1/cases")
                .then().statusCode(201).body("title.en", equalTo(astral));
        Api.curator().body(Api.caseWith(lead, Map.of("title", Map.of("en", astral + "x")))).post("/api/v1/cases")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("title.en"))
                .body("errors[0].message", equalTo("must be at most 300 characters"));
    }

    @Test
    void anOverlongFormInABodyIsRefusedNotReadAsAHyphen() {
        UUID lead = Api.university("TW");
        String slug = "overlong" + UUID.randomUUID().toString().substring(0, 8);
        byte[] body = ("{\"slug\": \"" + slug + "QQend\", \"title\": {\"en\": \"Overlong\"}, \"country\": \"TW\", "
                + "\"leadInstitution\": \"" + lead + "\"}").getBytes(StandardCharsets.UTF_8);
        int at = new String(body, StandardCharsets.ISO_8859_1).indexOf("QQ");
        body[at] = (byte) 0xC0;
        body[at + 1] = (byte) 0xAD;
        Api.curator().body(body).post("/api/v1/cases")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("body"));
        given().get("/api/v1/cases/" + slug + "-end").then().statusCode(404);
    }
}
