package io.revitalization.faulttests;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import io.revitalization.systemtests.support.GatewayClient;

/**
 * Writes through the gateway at a steady pace until stopped, in three lanes with threads of their own, so that one
 * service being down does not hold up the writes to the others: institutions and cases (cases-service), codings of
 * the cases already written (comparison-service) and updates of one partnership (partnerships-service). Each write has its own {@code Idempotency-Key}; a write answered with 5xx, 429, 409 or
 * not answered at all is sent again with the same key and body until it is acknowledged (2xx) or
 * {@link #GIVE_UP_AFTER} has passed. Every write ends in {@link #outcomes()}.
 */
final class WriteStream {

    static final String CODEBOOK = "taiwan-japan-revitalization";
    static final String DIMENSION = "strategy-stage";
    static final List<String> STAGES = List.of("individual-project", "replicable-model", "institutional-system", "network");
    static final List<String> DIRECTIONS = List.of("JP_TO_TW", "TW_TO_JP", "MUTUAL");

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(90);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

    enum Kind { INSTITUTION, CASE, CODING, PARTNERSHIP_UPDATE }

    enum Status { ACKNOWLEDGED, NOT_ACKNOWLEDGED, REJECTED }

    /** One write; {@code key} is also its Idempotency-Key and appears in what it creates (slug or text). */
    /** {@code consistencyToken}: of the write this one uses (a coding: its case's creation); null for none. */
    record Write(Kind kind, String key, String path, String apiKey, Map<String, Object> body, String consistencyToken) {
        Write(Kind kind, String key, String path, String apiKey, Map<String, Object> body) {
            this(kind, key, path, apiKey, body, null);
        }
    }

    /**
     * {@code resourceId}: the id the 2xx answer named; {@code detail}: the last answer when not acknowledged;
     * {@code consistencyToken}: the 2xx answer's, if any.
     */
    record Outcome(Write write, Status status, int attempts, String resourceId, String detail, String consistencyToken) {
        Outcome(Write write, Status status, int attempts, String resourceId, String detail) {
            this(write, status, attempts, resourceId, detail, null);
        }
    }

    /** What the writes refer to. */
    record Fixture(String country, String university, String partnership, String curatorKey, String partnerKey) {
    }

    /** A lane: its threads share one sequence and one pace. */
    private record Lane(String name, int threads, double writesPerSecond, AtomicLong sequence) {
    }

    private final GatewayClient gateway;
    private final Fixture fixture;
    private final List<Lane> lanes;
    private final Queue<Write> codable = new ConcurrentLinkedQueue<>();
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Map<Integer, LongAdder> retriedAnswers = new ConcurrentHashMap<>();
    private final LongAdder unanswered = new LongAdder();
    private final LongAdder codingsOfUnknownCases = new LongAdder();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean stopping;
    private long startNanos;

    /** @param writesPerSecond cases and institutions; partnership updates go at 3/5 and codings at 2/5 of it */
    WriteStream(GatewayClient gateway, Fixture fixture, double writesPerSecond) {
        this.gateway = gateway;
        this.fixture = fixture;
        this.lanes = List.of(
                new Lane("cases", 3, writesPerSecond, new AtomicLong()),
                new Lane("updates", 2, writesPerSecond * 3 / 5, new AtomicLong()),
                new Lane("codings", 3, writesPerSecond * 2 / 5, new AtomicLong()));
    }

    void start() {
        startNanos = System.nanoTime();
        for (Lane lane : lanes) {
            for (int i = 0; i < lane.threads(); i++) {
                Thread writer = new Thread(() -> writeUntilStopped(lane), "writer-" + lane.name() + "-" + i);
                writer.setDaemon(true);
                writers.add(writer);
                writer.start();
            }
        }
    }

    String describe() {
        return lanes.stream().map(lane -> lane.name() + " " + lane.threads() + " threads at "
                + String.format("%.0f", lane.writesPerSecond()) + "/s").collect(Collectors.joining(", "));
    }

    /** Lets each writer finish the write it is on (retries included) and waits for them. */
    void stop() throws InterruptedException {
        stopping = true;
        for (Thread writer : writers) {
            writer.join();
        }
    }

    int acknowledgedSoFar() {
        return acknowledged.get();
    }

    /** e.g. {@code CASE=812, CODING=301, …}: acknowledged writes so far by kind. */
    String acknowledgedByKind() {
        return outcomes.stream().filter(outcome -> outcome.status() == Status.ACKNOWLEDGED)
                .collect(Collectors.groupingBy(outcome -> outcome.write().kind(), () -> new EnumMap<>(Kind.class),
                        Collectors.counting())).toString();
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** e.g. {@code 502×12, 503×40, no answer×3}: the answers that made a writer send a write again. */
    String retries() {
        String answers = retriedAnswers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "×" + e.getValue().sum()).collect(Collectors.joining(", "));
        return (answers.isEmpty() ? "" : answers + ", ") + "no answer×" + unanswered.sum()
                + "; codings sent back because comparison-service did not know the case yet: " + codingsOfUnknownCases.sum();
    }

    Map<Kind, Map<Status, Long>> tally() {
        Map<Kind, Map<Status, Long>> tally = new EnumMap<>(Kind.class);
        for (Outcome outcome : outcomes) {
            tally.computeIfAbsent(outcome.write().kind(), kind -> new EnumMap<>(Status.class))
                    .merge(outcome.status(), 1L, Long::sum);
        }
        return tally;
    }

    private void writeUntilStopped(Lane lane) {
        while (!stopping) {
            long n = lane.sequence().getAndIncrement();
            pace(lane, n);
            Write write = next(lane, n);
            if (write == null) {
                continue; // no case to code yet
            }
            Outcome outcome = execute(write);
            if (outcome == null) {
                codable.add(write); // a coding of a case comparison-service has not heard of yet: later
                continue;
            }
            outcomes.add(outcome);
            if (outcome.status() == Status.ACKNOWLEDGED) {
                acknowledged.incrementAndGet();
                if (write.kind() == Kind.CASE) {
                    codable.add(coding(write.key(), outcome.resourceId(), outcome.consistencyToken()));
                }
            }
        }
    }

    /** A lane's write n is due n / rate seconds after the start, whichever of its writers takes it. */
    private void pace(Lane lane, long n) {
        long due = startNanos + (long) (n * 1e9 / lane.writesPerSecond());
        long wait = due - System.nanoTime();
        if (wait > 0) {
            sleep(Duration.ofNanos(wait));
        }
    }

    /** Null when there is no case to code yet. One in 25 writes of the cases lane creates an institution. */
    private Write next(Lane lane, long n) {
        return switch (lane.name()) {
            case "cases" -> n % 25 == 24 ? institution(n) : caseOf(n);
            case "updates" -> partnershipUpdate(n);
            default -> codable.poll();
        };
    }

    private Write institution(long n) {
        String slug = "ft-institution-" + n;
        return new Write(Kind.INSTITUTION, slug, "/api/v1/institutions", fixture.curatorKey(), Map.of(
                "slug", slug,
                "kind", "UNIVERSITY",
                "name", Map.of("en", "Fault-test university " + n),
                "country", fixture.country()));
    }

    private Write caseOf(long n) {
        String slug = "ft-case-" + n;
        return new Write(Kind.CASE, slug, "/api/v1/cases", fixture.curatorKey(), Map.of(
                "slug", slug,
                "title", Map.of("en", "Fault-test case " + n),
                "country", fixture.country(),
                "leadInstitution", fixture.university()));
    }

    /** Year and code follow from the case's number, so the codings spread over 2021–2025 and all four stages. */
    private Write coding(String caseKey, String caseId, String caseToken) {
        long n = Long.parseLong(caseKey.substring(caseKey.lastIndexOf('-') + 1));
        return new Write(Kind.CODING, "ft-coding-" + n, "/api/v1/codings", fixture.curatorKey(), Map.of(
                "codebook", CODEBOOK,
                "codebookVersion", 1,
                "case", caseId,
                "year", 2021 + (int) (n % 5),
                "dimension", DIMENSION,
                "codes", List.of(STAGES.get((int) (n / 5 % STAGES.size())))), caseToken);
    }

    private Write partnershipUpdate(long n) {
        String key = "ft-update-" + n;
        return new Write(Kind.PARTNERSHIP_UPDATE, key, "/api/v1/partnerships/" + fixture.partnership() + "/updates",
                fixture.partnerKey(), Map.of(
                        "kind", "ACTIVITY",
                        "date", "2025-0" + (1 + n % 9) + "-15",
                        "text", Map.of("en", key),
                        "direction", DIRECTIONS.get((int) (n % DIRECTIONS.size()))));
    }

    /** Null when a coding's case is not known to comparison-service yet (400 naming {@code case}). */
    private Outcome execute(Write write) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        int attempts = 0;
        String last;
        while (true) {
            attempts++;
            try {
                GatewayClient.Answer answer = gateway.post(write.path(), write.apiKey(), write.key(),
                        write.consistencyToken(), write.body());
                if (answer.successful()) {
                    return new Outcome(write, Status.ACKNOWLEDGED, attempts, answer.body().path("id").asText(), null,
                            answer.consistencyToken().orElse(null));
                }
                if (write.kind() == Kind.CODING && answer.status() == 400 && namesField(answer, "case")) {
                    codingsOfUnknownCases.increment();
                    return null;
                }
                if (!worthRetrying(answer.status())) {
                    return new Outcome(write, Status.REJECTED, attempts, null, answer.toString());
                }
                retriedAnswers.computeIfAbsent(answer.status(), status -> new LongAdder()).increment();
                last = answer.toString();
            } catch (IOException e) {
                unanswered.increment();
                last = e.toString();
            }
            if (System.nanoTime() > deadline) {
                return new Outcome(write, Status.NOT_ACKNOWLEDGED, attempts, null, last);
            }
            sleep(RETRY_PAUSE);
        }
    }

    /** 409: a first attempt still in flight holds the slug or the idempotency key; the retry then replays it. */
    private static boolean worthRetrying(int status) {
        return status == 409 || status == 429 || status >= 500;
    }

    private static boolean namesField(GatewayClient.Answer answer, String field) {
        for (var error : answer.body().path("errors")) {
            if (field.equals(error.path("field").asText())) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
