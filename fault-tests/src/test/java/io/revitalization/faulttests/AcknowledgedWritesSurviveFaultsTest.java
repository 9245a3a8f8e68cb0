package io.revitalization.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.revitalization.faulttests.Outboxes.Row;
import io.revitalization.faulttests.WriteStream.Kind;
import io.revitalization.faulttests.WriteStream.Outcome;
import io.revitalization.faulttests.WriteStream.Status;
import io.revitalization.localstack.ServiceProcess;
import io.revitalization.localstack.Suite;
import io.revitalization.localstack.SuiteService;
import io.revitalization.systemtests.support.SuiteExtension;
import io.revitalization.systemtests.support.GatewayClient;

/**
 * Issue 7's fault test. While a steady stream of writes goes through the gateway, one after another: the Kafka
 * broker is killed (-9) and restarted; comparison-service is killed and restarted; cases-service is killed while
 * rows it committed sit unpublished in its outbox (held there on purpose, and counted), and restarted; PostgreSQL
 * is restarted. Then every acknowledged write must be reflected exactly once — cases in comparison-service's live
 * cases and (coded) in its distributions, updates in the partnership's feed and reciprocity, institutions in
 * partnerships-service's directory — every service must answer healthy, no dead letter may exist and no outbox
 * row may be left unpublished.
 */
class AcknowledgedWritesSurviveFaultsTest {

    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    /** No seed case is Finnish: every Finnish case is one of this test's. */
    private static final String COUNTRY = "FI";
    private static final String UNIVERSITY = "ft-university-tw";
    private static final String PARTNER_UNIVERSITY = "ft-university-jp";
    private static final String PARTNERSHIP = "ft-partnership";
    private static final int MINIMUM_ACKNOWLEDGED_WRITES = 3000;
    /** Of the cases lane; the stream as a whole writes twice as fast. */
    private static final double WRITES_PER_SECOND = 20;
    private static final Duration BETWEEN_FAULTS = Duration.ofSeconds(6);
    private static final Duration MINIMUM_WRITES_DEADLINE = Duration.ofMinutes(5);
    private static final Duration RECOVERY = Duration.ofMinutes(2);
    private static final Duration OUTBOX_DRAIN = Duration.ofMinutes(1);

    private final Suite suite = SUITE.suite();
    private final GatewayClient gateway = new GatewayClient(suite.gatewayUrl());
    private final Outboxes outboxes = new Outboxes(suite.postgres());
    private final long start = System.nanoTime();
    private WriteStream stream;
    private String curatorKey;

    @Test
    void everyAcknowledgedWriteIsReflectedExactlyOnceThroughTheFaults() throws Exception {
        WriteStream.Fixture fixture = fixture();
        stream = new WriteStream(gateway, fixture, WRITES_PER_SECOND);
        stream.start();
        say("writing through the gateway: " + stream.describe());
        pause();

        killAndRestartKafka();
        pause();
        killAndRestartComparisonService();
        pause();
        List<Row> heldAtKill = killCasesServiceWithUnpublishedEvents();
        pause();
        restartPostgres();
        pause();

        keepWritingUntil(MINIMUM_ACKNOWLEDGED_WRITES);
        stream.stop();
        List<Outcome> outcomes = stream.outcomes();
        say("writer stopped: " + outcomes.size() + " writes, by kind and outcome " + stream.tally());
        say("sent again after: " + stream.retries());
        assertThat(rejected(outcomes)).as("writes refused with a 4xx other than 409/429").isEmpty();
        assertThat(acknowledged(outcomes, null)).hasSizeGreaterThanOrEqualTo(MINIMUM_ACKNOWLEDGED_WRITES);
        say("held outbox rows at the kill that announce acknowledged case creates: "
                + heldAtKill.stream().filter(row -> acknowledged(outcomes, Kind.CASE).stream()
                        .anyMatch(outcome -> outcome.resourceId().equals(row.aggregateId()))).count());

        long recoveryStart = System.nanoTime();
        List<String> compared = new ArrayList<>();
        await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(2)).ignoreExceptionsInstanceOf(IOException.class)
                .untilAsserted(() -> {
                    compared.clear();
                    compareCases(outcomes, compared);
                    compareCodings(outcomes, compared);
                    comparePartnershipUpdates(outcomes, compared);
                    compareInstitutions(outcomes, compared);
                });
        say("reflected after " + seconds(recoveryStart) + " of waiting:");
        compared.forEach(line -> say("  " + line));
        checkHealthOutboxesAndDeadLetters();
        say("done in " + seconds(start));
    }

    /** The suite's data directory is deleted when it stops: its logs are kept in target/ for whoever reads a failure. */
    @AfterEach
    void stopWritingAndKeepTheLogs() throws InterruptedException, IOException {
        if (stream != null) {
            stream.stop();
        }
        Path logs = suite.dataDirectory().resolve("logs");
        Path kept = Path.of("target", "suite-logs");
        Files.createDirectories(kept);
        try (var files = Files.list(logs)) {
            for (Path log : files.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void keepWritingUntil(int acknowledgedWrites) {
        long deadline = System.nanoTime() + MINIMUM_WRITES_DEADLINE.toNanos();
        while (stream.acknowledgedSoFar() < acknowledgedWrites) {
            assertThat(System.nanoTime()).as("time to reach " + acknowledgedWrites + " acknowledged writes")
                    .isLessThan(deadline);
            pause();
            say("faults done, still writing [acknowledged so far: " + stream.acknowledgedByKind() + "]");
        }
    }

    private WriteStream.Fixture fixture() throws IOException {
        curatorKey = issueKey(Map.of("label", "fault-test curator", "role", "curator",
                "requestsPerSecond", 100000));
        post("/api/v1/institutions", curatorKey, university(UNIVERSITY, "TW"));
        post("/api/v1/institutions", curatorKey, university(PARTNER_UNIVERSITY, "JP"));
        String partnerKey = issueKey(Map.of("label", "fault-test partner", "role", "partner",
                "institution", UNIVERSITY, "requestsPerSecond", 100000));
        Map<String, Object> partnership = Map.of(
                "slug", PARTNERSHIP,
                "title", Map.of("en", "Fault-test partnership"),
                "kind", "JOINT_COURSE",
                "members", List.of(Map.of("institution", UNIVERSITY, "role", "LEAD"),
                        Map.of("institution", PARTNER_UNIVERSITY, "role", "PARTNER")),
                "public", true);
        // partnerships-service learns the two universities from cases-service's events
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                gateway.post("/api/v1/partnerships", curatorKey, "ft-partnership", partnership).successful());
        say("fixture: a curator key and a partner key (each 100000 requests/s, so the gateway's per-key limit never "
                + "answers 429), universities " + UNIVERSITY + " and " + PARTNER_UNIVERSITY + ", partnership "
                + PARTNERSHIP);
        return new WriteStream.Fixture(COUNTRY, UNIVERSITY, PARTNERSHIP, curatorKey, partnerKey);
    }

    private void killAndRestartKafka() throws IOException {
        var kafka = suite.kafkaBroker().orElseThrow();
        fault("1. kill -9 the Kafka broker");
        kafka.kill();
        pause();
        long restart = System.nanoTime();
        kafka.restart();
        fault("   Kafka restarted, ready after " + seconds(restart));
    }

    private void killAndRestartComparisonService() throws IOException {
        ServiceProcess comparison = suite.service(SuiteService.COMPARISON);
        fault("2. kill -9 comparison-service (pid " + comparison.pid() + ")");
        comparison.kill();
        pause();
        long restart = System.nanoTime();
        comparison.restart();
        fault("   comparison-service restarted (pid " + comparison.pid() + "), healthy after " + seconds(restart));
    }

    /**
     * Holds cases-service's outbox until committed events wait in it, kills the service, counts what was committed
     * and unpublished when it died, releases the hold and restarts it; its start must publish them.
     */
    private List<Row> killCasesServiceWithUnpublishedEvents() throws Exception {
        ServiceProcess cases = suite.service(SuiteService.CASES);
        outboxes.hold("cases");
        fault("3. cases-service's outbox relay held (it finds nothing to claim); waiting for committed, unpublished events");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> outboxes.unpublished("cases").size() >= 20);
        fault("   kill -9 cases-service (pid " + cases.pid() + ")");
        cases.kill();
        List<Row> atKill = outboxes.unpublished("cases");
        fault("   unpublished in its outbox when it died: " + atKill.size() + " events "
                + atKill.stream().collect(Collectors.groupingBy(Row::type, TreeMap::new, Collectors.counting())));
        assertThat(atKill).isNotEmpty();
        outboxes.release("cases");
        long restart = System.nanoTime();
        cases.restart();
        fault("   hold released, cases-service restarted (pid " + cases.pid() + "), healthy after " + seconds(restart));
        long healthy = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> outboxes.stillUnpublished("cases", atKill) == 0);
        fault("   all " + atKill.size() + " published " + seconds(healthy) + " after it was healthy");
        return atKill;
    }

    private void restartPostgres() throws IOException {
        fault("4. restart PostgreSQL (fast shutdown: connections cut, open transactions rolled back)");
        long restart = System.nanoTime();
        suite.postgresServer().orElseThrow().restart();
        fault("   PostgreSQL accepting connections again after " + seconds(restart));
    }

    /** cases-service holds each case once; comparison-service's live Finnish cases are exactly those. */
    private void compareCases(List<Outcome> outcomes, List<String> compared) throws IOException {
        Views views = views();
        Map<String, String> acknowledged = acknowledged(outcomes, Kind.CASE).stream()
                .collect(Collectors.toMap(outcome -> outcome.write().key(), Outcome::resourceId));
        Set<String> attempted = keys(outcomes, Kind.CASE);
        List<Views.CaseRef> stored = views.cases(COUNTRY);
        Map<String, String> storedIds = stored.stream().collect(Collectors.toMap(Views.CaseRef::slug,
                Views.CaseRef::id, (a, b) -> { throw new AssertionError("case slug listed twice: " + a); }));
        assertThat(storedIds.keySet()).as("cases in cases-service").isSubsetOf(attempted);
        assertThat(storedIds).as("acknowledged cases, slug → id, in cases-service").containsAllEntriesOf(acknowledged);
        long live = views.comparisonLiveCases(COUNTRY);
        assertThat(live).as("comparison-service's live " + COUNTRY + " cases").isEqualTo(stored.size());
        compared.add("cases: acknowledged " + acknowledged.size() + " of " + attempted.size() + " sent; cases-service "
                + "lists " + stored.size() + " (distinct slugs), comparison-service counts " + live + " live " + COUNTRY
                + " cases");
    }

    /**
     * Per year and code, the distribution lists the cases of the acknowledged codings of that year and code, each
     * once; a case beyond those may only be one whose coding was sent but never acknowledged.
     */
    private void compareCodings(List<Outcome> outcomes, List<String> compared) throws IOException {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (Outcome outcome : acknowledged(outcomes, Kind.CODING)) {
            expected.computeIfAbsent(yearAndCode(outcome.write().body()), cell -> new HashSet<>())
                    .add(outcome.write().body().get("case").toString());
        }
        Set<String> maybe = outcomes.stream().filter(outcome -> outcome.write().kind() == Kind.CODING
                        && outcome.status() == Status.NOT_ACKNOWLEDGED)
                .map(outcome -> outcome.write().body().get("case").toString()).collect(Collectors.toSet());
        Map<String, List<String>> actual = new TreeMap<>();
        List<String> perYear = new ArrayList<>();
        for (var year : views().distributions(COUNTRY).entrySet()) {
            Views.YearDistribution distribution = year.getValue();
            assertThat(distribution.caseIds()).as(year.getKey() + ": case ids").doesNotHaveDuplicates()
                    .startsWith(distribution.listed().toArray(String[]::new));
            assertThat(distribution.n()).as(year.getKey() + ": n").isEqualTo(distribution.caseIds().size());
            assertThat(distribution.caseIdsByCode().values().stream().mapToInt(List::size).sum())
                    .as(year.getKey() + ": cases over all codes").isEqualTo(distribution.n());
            distribution.caseIdsByCode().forEach((code, ids) -> actual.put(year.getKey() + " " + code, ids));
            perYear.add(year.getKey() + " n=" + distribution.n());
        }
        Set<String> cells = new TreeSet<>(expected.keySet());
        cells.addAll(actual.keySet());
        for (String cell : cells) {
            List<String> ids = actual.getOrDefault(cell, List.of());
            Set<String> acknowledgedIds = expected.getOrDefault(cell, Set.of());
            assertThat(ids).as(cell + ": case ids").doesNotHaveDuplicates().containsAll(acknowledgedIds);
            assertThat(difference(ids, acknowledgedIds)).as(cell + ": cases no acknowledged coding put there")
                    .isSubsetOf(maybe);
        }
        int listed = actual.values().stream().mapToInt(List::size).sum();
        compared.add("codings (" + WriteStream.DIMENSION + ", " + COUNTRY + ", 2021–2025): acknowledged "
                + acknowledged(outcomes, Kind.CODING).size() + ", sent but not acknowledged " + maybe.size()
                + "; the distribution lists " + listed + " coded case-years (" + String.join(", ", perYear)
                + "), per year and code the acknowledged codings' cases, none twice");
    }

    private static String yearAndCode(Map<String, Object> coding) {
        return coding.get("year") + " " + ((List<?>) coding.get("codes")).get(0);
    }

    /** The feed holds each acknowledged update once, under the id it was acknowledged with; reciprocity counts them. */
    private void comparePartnershipUpdates(List<Outcome> outcomes, List<String> compared) throws IOException {
        Views views = views();
        Map<String, String> acknowledged = acknowledged(outcomes, Kind.PARTNERSHIP_UPDATE).stream()
                .collect(Collectors.toMap(outcome -> outcome.write().key(), Outcome::resourceId));
        List<Views.FeedItem> feed = views.partnershipFeed(PARTNERSHIP);
        Map<String, String> feedIds = feed.stream().collect(Collectors.toMap(Views.FeedItem::text, Views.FeedItem::id,
                (a, b) -> { throw new AssertionError("update posted twice: " + a + ", " + b); }));
        assertThat(feedIds.keySet()).as("updates in the feed").isSubsetOf(keys(outcomes, Kind.PARTNERSHIP_UPDATE));
        assertThat(feedIds).as("acknowledged updates, key → id, in the feed").containsAllEntriesOf(acknowledged);
        Map<String, Long> byDirection = feed.stream()
                .collect(Collectors.groupingBy(Views.FeedItem::direction, Collectors.counting()));
        var reciprocity = views.reciprocity(PARTNERSHIP);
        assertThat(reciprocity.path("activities").asLong()).as("reciprocity: activities").isEqualTo(feed.size());
        assertThat(reciprocity.path("jpToTw").asLong()).isEqualTo(byDirection.getOrDefault("JP_TO_TW", 0L));
        assertThat(reciprocity.path("twToJp").asLong()).isEqualTo(byDirection.getOrDefault("TW_TO_JP", 0L));
        assertThat(reciprocity.path("mutual").asLong()).isEqualTo(byDirection.getOrDefault("MUTUAL", 0L));
        compared.add("partnership updates: acknowledged " + acknowledged.size() + "; the feed lists " + feed.size()
                + " (distinct); reciprocity counts " + reciprocity.path("activities").asLong() + " activities ("
                + "JP→TW " + reciprocity.path("jpToTw") + ", TW→JP " + reciprocity.path("twToJp") + ", mutual "
                + reciprocity.path("mutual") + ")");
    }

    /** partnerships-service learnt every acknowledged institution from cases-service's events. */
    private void compareInstitutions(List<Outcome> outcomes, List<String> compared) throws IOException {
        Views views = views();
        List<String> unknown = new ArrayList<>();
        List<Outcome> acknowledged = acknowledged(outcomes, Kind.INSTITUTION);
        for (Outcome outcome : acknowledged) {
            if (!views.partnershipsKnowInstitution(outcome.write().key())) {
                unknown.add(outcome.write().key());
            }
        }
        assertThat(unknown).as("acknowledged institutions partnerships-service does not know").isEmpty();
        compared.add("institutions: acknowledged " + acknowledged.size() + "; partnerships-service knows all "
                + acknowledged.size());
    }

    private void checkHealthOutboxesAndDeadLetters() throws Exception {
        for (SuiteService service : SuiteService.values()) {
            GatewayClient direct = new GatewayClient(suite.managementUrl(service));
            assertThat(direct.get("/q/health", null).status()).as(service.module() + " /q/health").isEqualTo(200);
        }
        say("health: all four services answer /q/health (live and ready) with 200 — gateway and partnerships-service "
                + "never restarted, the others only by this test");
        // A row sent just before PostgreSQL went away may not be marked yet: its claim must lapse and the relay send
        // it again (the consumers drop the repeat), so the outboxes get the relay's lease and backoff to drain.
        long drainStart = System.nanoTime();
        Map<String, List<Row>> unpublished = new TreeMap<>();
        await().atMost(OUTBOX_DRAIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String database : List.of("cases", "partnerships")) {
                unpublished.put(database, outboxes.unpublished(database));
            }
            assertThat(unpublished.values()).as("unpublished outbox rows").allMatch(List::isEmpty);
        });
        say("outboxes: no unpublished row in cases or partnerships (drained " + seconds(drainStart) + " after the check began)");
        Map<String, Long> deadLetters = DeadLetters.recordsPerTopic(suite.kafkaBootstrapServers());
        say("dead letters: " + (deadLetters.isEmpty() ? "no dead-letter topic exists" : deadLetters));
        assertThat(deadLetters.values()).allMatch(records -> records == 0);
    }

    /** Reads with the curator key: the per-address limit of anonymous calls would slow the comparisons down. */
    private Views views() {
        return new Views(gateway, curatorKey);
    }

    private String issueKey(Map<String, Object> request) throws IOException {
        return post("/api/v1/admin/keys", suite.adminKey(), request).body().path("key").asText();
    }

    private GatewayClient.Answer post(String path, String apiKey, Object body) throws IOException {
        GatewayClient.Answer answer = gateway.post(path, apiKey, null, body);
        assertThat(answer.successful()).as("POST " + path + ": " + answer).isTrue();
        return answer;
    }

    private static Map<String, Object> university(String slug, String country) {
        return Map.of("slug", slug, "kind", "UNIVERSITY", "name", Map.of("en", slug), "country", country);
    }

    private static List<Outcome> rejected(List<Outcome> outcomes) {
        return outcomes.stream().filter(outcome -> outcome.status() == Status.REJECTED).toList();
    }

    /** @param kind null for all kinds */
    private static List<Outcome> acknowledged(List<Outcome> outcomes, Kind kind) {
        return outcomes.stream().filter(outcome -> outcome.status() == Status.ACKNOWLEDGED
                && (kind == null || outcome.write().kind() == kind)).toList();
    }

    private static Set<String> keys(List<Outcome> outcomes, Kind kind) {
        return outcomes.stream().filter(outcome -> outcome.write().kind() == kind)
                .map(outcome -> outcome.write().key()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(List<String> all, Set<String> less) {
        Set<String> rest = new HashSet<>(all);
        rest.removeAll(less);
        return rest;
    }

    private void pause() {
        try {
            Thread.sleep(BETWEEN_FAULTS.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void fault(String what) {
        say(what + " [acknowledged so far: " + stream.acknowledgedByKind() + "]");
    }

    private void say(String line) {
        System.out.printf("[fault-test %6.1f s] %s%n", (System.nanoTime() - start) / 1e9, line);
    }

    private static String seconds(long since) {
        return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
    }
}
