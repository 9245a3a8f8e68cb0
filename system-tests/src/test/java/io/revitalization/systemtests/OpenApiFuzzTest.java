package io.revitalization.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.restassured.http.ContentType;
import io.revitalization.systemtests.support.HostileValues;
import io.revitalization.systemtests.support.HostileValues.Hostile;
import io.revitalization.systemtests.support.OpenApiOperation;
import io.revitalization.systemtests.support.RawHttp;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of every service's own OpenAPI document, as the gateway serves them, with hostile values in each
 * path, query and header parameter, in each field of its JSON body and as its whole body, sent through the gateway
 * without a key, with a partner's key and with an admin's key. No answer may be a 5xx, every 4xx must be a problem
 * (application/problem+json), and text that no field may hold (control characters, bytes that are not UTF-8) must
 * not be accepted. All violations are listed at once. The values are drawn from a seeded random: the seed and the
 * number of requests are printed, and {@code -Dfuzz.seed=N} repeats a run.
 */
class OpenApiFuzzTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    private static final long SEED = Long.getLong("fuzz.seed", 20261203L);
    private static final List<String> DOCUMENTS = List.of("/api/v1/openapi/cases", "/api/v1/openapi/comparison",
            "/api/v1/openapi/partnerships", "/q/openapi");
    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";
    /** Stands for the hostile value in a body, then is replaced by its bytes (which may not be UTF-8). */
    private static final String MARK = "@@hostile-value@@";
    /** Names nothing: put where a path needs an id or slug and the operation changes what it names. */
    private static final String NOTHING = "00000000-0000-4000-8000-000000000000";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final int THREADS = 4;
    /** Fields of one body made hostile, drawn at random: the large examples (imports) have hundreds. */
    private static final int FIELDS_PER_BODY = 40;
    private static final int OVER_THE_BODY_LIMIT = 1_100_000;
    private static final int UNDER_THE_BODY_LIMIT = 900_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record Role(String name, String key) {
    }

    private record BodyVariant(Hostile body, Map<String, byte[]> headers) {
        static BodyVariant of(Hostile body, String contentType) {
            return new BodyVariant(body, contentType(contentType));
        }

        static BodyVariant json(Hostile body) {
            return of(body, JSON);
        }
    }

    /** One request: who sends it, the operation, where the hostile value is and the bytes to send. */
    private record Probe(Role role, OpenApiOperation operation, String where, Hostile value, byte[] target,
            Map<String, byte[]> headers, byte[] body) {
        String describe(String outcome) {
            return operation.method() + " " + operation.path() + " [" + role.name() + "] " + where + " = "
                    + value.label() + " (" + HostileValues.printable(value.bytes(), 60) + "): " + outcome;
        }
    }

    @Test
    void everyOperationAnswersHostileInputWithAProblemAndNever5xx() throws Exception {
        List<OpenApiOperation> operations = new ArrayList<>();
        for (String document : DOCUMENTS) {
            operations.addAll(OpenApiOperation.read(document, MAPPER.readTree(given().baseUri(SUITE.gatewayUrl())
                    .queryParam("format", "json").get(document).then().statusCode(200).extract().asByteArray())));
        }
        assertThat(operations).as("operations in the documents").hasSizeGreaterThan(50);

        Random random = new Random(SEED);
        List<Role> roles = List.of(new Role("no key", null),
                new Role("partner", issueKey(Map.of("label", "fuzz partner", "role", "partner",
                        "institution", "ncku", "requestsPerSecond", 100_000))),
                new Role("admin", issueKey(Map.of("label", "fuzz admin", "role", "admin",
                        "requestsPerSecond", 100_000))));
        List<Probe> probes = new ArrayList<>();
        for (OpenApiOperation operation : operations) {
            probes.addAll(probes(operation, roles, random));
        }

        long started = System.nanoTime();
        Collection<String> violations = send(probes);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("OpenAPI fuzz: seed %d, %d operations, %d requests (%d per role), %d s, %d violations%n",
                SEED, operations.size(), probes.size(), probes.size() / roles.size(), seconds, violations.size());
        assertThat(violations.stream().sorted().toList())
                .as("answers to hostile input (seed %d, %d requests); repeat with -Dfuzz.seed=%d", SEED,
                        probes.size(), SEED)
                .isEmpty();
    }

    private static List<Probe> probes(OpenApiOperation operation, List<Role> roles, Random random) {
        List<Probe> probes = new ArrayList<>();
        byte[] validBody = operation.body().map(body -> utf8(body.example().toString())).orElse(null);
        for (OpenApiOperation.Parameter parameter : operation.parameters()) {
            List<Hostile> values = parameter.in().equals("header") ? HostileValues.forHeader()
                    : HostileValues.forParameter(random);
            for (Hostile value : values) {
                Map<String, byte[]> headers = jsonHeaders(validBody);
                byte[] target = target(operation, parameter, value);
                if (parameter.in().equals("header")) {
                    headers.put(parameter.name(), value.bytes());
                }
                for (Role role : roles) {
                    probes.add(new Probe(role, operation, parameter.in() + " " + parameter.name(), value,
                            target, headers, validBody));
                }
            }
        }
        if (operation.body().isPresent()) {
            byte[] target = target(operation, null, null);
            for (BodyVariant variant : bodies(operation, random)) {
                for (Role role : roles) {
                    probes.add(new Probe(role, operation, "body", variant.body(), target, variant.headers(),
                            variant.body().bytes()));
                }
            }
        }
        return probes;
    }

    /** Whole bodies that are wrong, then the documented body with one field at a time made hostile. */
    private static List<BodyVariant> bodies(OpenApiOperation operation, Random random) {
        JsonNode example = operation.body().orElseThrow().example();
        String valid = example.toString();
        List<BodyVariant> bodies = new ArrayList<>();
        bodies.add(BodyVariant.json(Hostile.text("empty body", "", false)));
        bodies.add(new BodyVariant(Hostile.text("no content type", valid, false), Map.of()));
        bodies.add(BodyVariant.of(Hostile.text("text/plain", valid, false), "text/plain"));
        bodies.add(BodyVariant.of(Hostile.text("application/xml", "<case><title>x</title></case>", false),
                "application/xml"));
        bodies.add(BodyVariant.json(Hostile.text("cut-off JSON", valid.substring(0, valid.length() / 2), false)));
        for (String wrongType : List.of("null", "[]", "\"text\"", "1e309", "{}")) {
            bodies.add(BodyVariant.json(Hostile.text("body " + wrongType, wrongType, false)));
        }
        bodies.add(BodyVariant.json(Hostile.text("10,000 nested arrays", HostileValues.nested(10_000, "[", "]"),
                false)));
        bodies.add(BodyVariant.json(Hostile.text("10,000 nested objects",
                HostileValues.nested(10_000, "{\"a\":", "}").replace(":}", ":1}"), false)));
        bodies.add(BodyVariant.json(Hostile.text("a body over the limit",
                "{\"text\":\"" + "x".repeat(OVER_THE_BODY_LIMIT) + "\"}", false)));
        firstText(example).ifPresent(pointer -> bodies.add(BodyVariant.json(new Hostile(
                "900,000 characters in " + pointer,
                withValue(example, pointer, utf8("\"" + "x".repeat(UNDER_THE_BODY_LIMIT) + "\"")), false))));
        if (operation.body().orElseThrow().mediaTypes().contains(NDJSON)) {
            bodies.add(BodyVariant.of(Hostile.text("NDJSON line of 10,000 nested arrays",
                    valid + "\n" + HostileValues.nested(10_000, "[", "]") + "\n", false), NDJSON));
            bodies.add(BodyVariant.of(new Hostile("NDJSON line with a NUL byte", HostileValues.concat(
                    utf8(valid + "\n{\"a\":\""), new byte[] {0}, utf8("\"}\n")), true), NDJSON));
        }
        List<String> pointers = pointers(example, "");
        Collections.shuffle(pointers, random);
        for (String pointer : pointers.subList(0, Math.min(FIELDS_PER_BODY, pointers.size()))) {
            for (Hostile value : HostileValues.forField(random)) {
                bodies.add(BodyVariant.json(new Hostile(value.label() + " in " + pointer,
                        withValue(example, pointer, value.bytes()), value.refused())));
            }
        }
        return bodies;
    }

    private Collection<String> send(List<Probe> probes) throws InterruptedException {
        RawHttp http = new RawHttp(SUITE.gatewayUrl());
        Collection<String> violations = new ConcurrentLinkedQueue<>();
        AtomicInteger anonymous = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (Probe probe : probes) {
            // the gateway limits callers without a key per address: they come from many loopback addresses
            String from = probe.role().key() == null ? "127.0.0." + (2 + anonymous.getAndIncrement() % 200) : null;
            pool.execute(() -> check(http, probe, from).ifPresent(violations::add));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(15, TimeUnit.MINUTES)).as("all answered").isTrue();
        return violations;
    }

    private static Optional<String> check(RawHttp http, Probe probe, String from) {
        Map<String, byte[]> headers = new LinkedHashMap<>(probe.headers());
        if (probe.role().key() != null) {
            headers.put("X-API-Key", utf8(probe.role().key()));
        }
        RawHttp.Answer answer;
        try {
            answer = http.send(probe.operation().method(), probe.target(), headers, probe.body(), from);
        } catch (IOException e) {
            return Optional.of(probe.describe("no answer: " + e.getMessage()));
        }
        String contentType = answer.header("content-type").orElse("none");
        if (answer.status() >= 500) {
            return Optional.of(probe.describe(answer.status() + " " + HostileValues.printable(answer.body(), 200)));
        }
        if (answer.status() >= 400 && !contentType.startsWith("application/problem+json")
                && !(answer.status() == 400 && HostileValues.isNoUri(probe.value()))) {
            return Optional.of(probe.describe(answer.status() + " without a problem (content type " + contentType
                    + ", " + answer.body().length + " bytes)"));
        }
        if (answer.status() < 300 && probe.value().refused() && !reportsRejections(answer)) {
            return Optional.of(probe.describe(answer.status() + ": accepted"));
        }
        return Optional.empty();
    }

    /** An import's report: 200 with the records it refused counted in {@code rejected}. */
    private static boolean reportsRejections(RawHttp.Answer answer) {
        try {
            return MAPPER.readTree(answer.body()).path("rejected").asInt() > 0;
        } catch (IOException notJson) {
            return false;
        }
    }

    /** The request target with the hostile value in the parameter, and names of nothing in other path places. */
    private static byte[] target(OpenApiOperation operation, OpenApiOperation.Parameter fuzzed, Hostile value) {
        boolean changes = !operation.method().equals("GET") && !operation.method().equals("POST");
        List<byte[]> parts = new ArrayList<>();
        Matcher matcher = PATH_PARAMETER.matcher(operation.path());
        int at = 0;
        while (matcher.find()) {
            parts.add(utf8(operation.path().substring(at, matcher.start())));
            String name = matcher.group(1);
            if (fuzzed != null && fuzzed.in().equals("path") && fuzzed.name().equals(name)) {
                parts.add(value.bytes());
            } else {
                String example = operation.parameters().stream()
                        .filter(parameter -> parameter.in().equals("path") && parameter.name().equals(name))
                        .findFirst().flatMap(OpenApiOperation.Parameter::example).filter(any -> !changes)
                        .orElse(NOTHING);
                parts.add(utf8(URLEncoder.encode(example, StandardCharsets.UTF_8)));
            }
            at = matcher.end();
        }
        parts.add(utf8(operation.path().substring(at)));
        if (fuzzed != null && fuzzed.in().equals("query")) {
            parts.add(utf8("?" + URLEncoder.encode(fuzzed.name(), StandardCharsets.UTF_8) + "="));
            parts.add(value.bytes());
        }
        return HostileValues.concat(parts.toArray(byte[][]::new));
    }

    /** JSON pointers of every value in the body (arrays: their first element), depth first. */
    private static List<String> pointers(JsonNode node, String at) {
        List<String> pointers = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                String pointer = at + "/" + name.replace("~", "~0").replace("/", "~1");
                pointers.add(pointer);
                pointers.addAll(pointers(node.get(name), pointer));
            });
        } else if (node.isArray() && !node.isEmpty()) {
            pointers.add(at + "/0");
            pointers.addAll(pointers(node.get(0), at + "/0"));
        }
        return pointers;
    }

    private static Optional<String> firstText(JsonNode body) {
        return pointers(body, "").stream().filter(pointer -> body.at(pointer).isTextual()).findFirst();
    }

    /** The body with the value at the pointer replaced by the given bytes of JSON. */
    private static byte[] withValue(JsonNode body, String pointer, byte[] json) {
        JsonNode copy = body.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(last, TextNode.valueOf(MARK));
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), TextNode.valueOf(MARK));
        }
        String text = copy.toString();
        int mark = text.indexOf("\"" + MARK + "\"");
        return HostileValues.concat(utf8(text.substring(0, mark)), json,
                utf8(text.substring(mark + MARK.length() + 2)));
    }

    private static Map<String, byte[]> jsonHeaders(byte[] body) {
        return body == null ? new LinkedHashMap<>() : contentType(JSON);
    }

    private static Map<String, byte[]> contentType(String mediaType) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put("Content-Type", utf8(mediaType));
        return headers;
    }

    private static String issueKey(Map<String, Object> request) {
        return given().baseUri(SUITE.gatewayUrl()).header("X-API-Key", SUITE.adminKey()).contentType(ContentType.JSON)
                .body(request).post("/api/v1/admin/keys").then().statusCode(201).extract().path("key");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
