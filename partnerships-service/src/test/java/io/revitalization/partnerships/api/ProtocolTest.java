package io.revitalization.partnerships.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.revitalization.partnerships.testing.Bodies;
import io.revitalization.partnerships.testing.TestInstitutions;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static io.revitalization.partnerships.testing.Api.PARTNERSHIPS;
import static io.revitalization.partnerships.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * What service-support answers here as in every service: lengths in characters as people count them, bytes that
 * are not UTF-8 refused rather than read leniently, 401s that name the scheme, tokens refused when they claim to be
 * issued in the future or to live longer than the gateway issues them, and concurrent retries of one
 * {@code Idempotency-Key} answered with the first answer.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ProtocolTest {
    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestInstitutions institutions;

    ProtocolTest(TestInstitutions institutions) {
        this.institutions = institutions;
    }

    private Map<String, Object> partnership(String prefix) {
        return Bodies.partnership(Bodies.slug(prefix), institutions.university("tw", "TW"),
                institutions.university("jp", "JP"));
    }

    @Test
    void aTitleOf300AstralCharactersIs300Characters() {
        Map<String, Object> body = partnership("astral");
        String astral = "𠀋".repeat(300);
        ((Map<String, Object>) body.get("title")).put("en", astral);
        as(TestTokens.curator()).body(body).post(PARTNERSHIPS)
                .then().statusCode(201).body("title.en", equalTo(astral));

        Map<String, Object> longer = partnership("astral");
        ((Map<String, Object>) longer.get("title")).put("en", astral + "x");
        as(TestTokens.curator()).body(longer).post(PARTNERSHIPS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("title.en"))
                .body("errors[0].message", equalTo("must be at most 300 characters"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNeverNormalized() throws Exception {
        for (int[] bad : new int[][] {{0xC0, 0xAD}, {0xED, 0xA0, 0x80}}) {
            Map<String, Object> body = partnership("bytes");
            String slug = (String) body.get("slug");
            body.put("slug", slug + "QQend");
            byte[] json = JSON.writeValueAsBytes(body);
            byte[] sent = replace(json, "QQ".getBytes(StandardCharsets.US_ASCII), bad);
            as(TestTokens.curator()).body(sent).post(PARTNERSHIPS)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", startsWith("https://"))
                    .body("errors[0].field", equalTo("body"))
                    .body("errors[0].message", containsString("UTF-8"));
            given().get(PARTNERSHIPS + "/" + slug + "-end").then().statusCode(404);
        }
    }

    @Test
    void a401NamesTheBearerScheme() {
        as(TestTokens.forged(TestTokens.CURATOR)).body(partnership("forged")).post(PARTNERSHIPS)
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().contentType("application/json").body(partnership("anonymous")).post(PARTNERSHIPS)
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void tokensFromTheFutureOrLivingLongerThanTheGatewayGivesAreRefused() {
        Instant now = Instant.now();
        String future = TestTokens.withTimes(TestTokens.CURATOR, now.plus(Duration.ofMinutes(10)),
                now.plus(Duration.ofMinutes(11)));
        String tenYears = TestTokens.withTimes(TestTokens.CURATOR, now, now.plus(Duration.ofDays(3650)));
        String twoMinutes = TestTokens.withTimes(TestTokens.CURATOR, now, now.plus(Duration.ofSeconds(120)));
        for (String refused : List.of(future, tenYears)) {
            as(refused).body(partnership("times")).post(PARTNERSHIPS).then().statusCode(401);
            as(refused).get(PARTNERSHIPS).then().statusCode(401);
        }
        as(twoMinutes).body(partnership("times")).post(PARTNERSHIPS).then().statusCode(201);
    }

    @Test
    void concurrentRequestsWithOneIdempotencyKeyGetTheFirstAnswer() throws Exception {
        Map<String, Object> body = partnership("concurrent");
        String token = TestTokens.curator();
        String key = UUID.randomUUID().toString();
        int requests = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<ExtractableResponse<Response>> post = () -> {
                    start.await();
                    return as(token).header("Idempotency-Key", key).body(body).post(PARTNERSHIPS).then().extract();
                };
                answers.add(pool.submit(post));
            }
            start.countDown();
            List<ExtractableResponse<Response>> done = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                done.add(answer.get());
            }
            assertThat(done).extracting(ExtractableResponse::statusCode).containsOnly(201);
            assertThat(done).extracting(answer -> answer.jsonPath().getString("id")).containsOnly(
                    done.get(0).jsonPath().getString("id"));
            assertThat(done).filteredOn(answer -> "true".equals(answer.header("Idempotent-Replayed")))
                    .hasSize(requests - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] replace(byte[] in, byte[] what, int[] with) {
        String text = new String(in, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(new String(what, StandardCharsets.ISO_8859_1));
        byte[] out = new byte[in.length - what.length + with.length];
        System.arraycopy(in, 0, out, 0, at);
        for (int i = 0; i < with.length; i++) {
            out[at + i] = (byte) with[i];
        }
        System.arraycopy(in, at + what.length, out, at + with.length, in.length - at - what.length);
        return out;
    }
}
