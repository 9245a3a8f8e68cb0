package io.revitalization.comparison.events;

import io.revitalization.comparison.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.events.EventTypes;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cases and partnerships arrive as events on the real topics; the projections are version-checked, so redelivered
 * and reordered events leave every result as it was.
 */
@QuarkusTest
class ProjectionEventsTest {

    @Test
    void anOlderVersionArrivingLateIsIgnored() {
        String codebook = Fixtures.codebook();
        String countryA = Fixtures.unique("RA");
        String countryB = Fixtures.unique("RB");
        TestCase x = Fixtures.knownCase(countryA, List.of(Fixtures.unique("PX")), UUID.randomUUID());
        TestCase y = Fixtures.knownCase(countryB, List.of(Fixtures.unique("PY")), UUID.randomUUID());
        Fixtures.coding(codebook, x, 2021, "value", "c1", "x");
        Fixtures.coding(codebook, y, 2021, "value", "c1", "y");

        // version 4 moves the case to country B; version 3, older, arrives after it and must not move it back
        TestCase v4 = x.at(4, Map.of("country", countryB));
        Fixtures.publish(EventTypes.CASE_UPDATED, x.id(), v4.state());
        Fixtures.publish(EventTypes.CASE_UPDATED, x.id(), x.at(3, Map.of("country", countryA)).state());
        // a fence on the same key (so after both in the partition): version 5 only adds a program
        String program5 = Fixtures.unique("PX");
        Fixtures.publish(EventTypes.CASE_UPDATED, x.id(), v4.at(5, Map.of("programs",
                List.of(Map.of("program", program5)))).state());
        awaitGroup(codebook, "program", program5);

        JsonPath b = distribution(codebook, countryB);
        assertThat(b.getList("groups[0].years[0].distribution.caseIds", String.class))
                .containsExactlyInAnyOrder(x.id().toString(), y.id().toString());
        given().queryParams(Map.of("codebook", codebook, "dimension", "value", "groups", countryA))
                .get("/api/v1/comparisons/distributions").then().statusCode(400);
    }

    @Test
    void redeliveredAndStaleEventsLeaveEveryResultIdentical() {
        String codebook = Fixtures.codebook();
        String countryA = Fixtures.unique("DA");
        String countryB = Fixtures.unique("DB");
        TestCase x = Fixtures.knownCase(countryA, List.of("P"), UUID.randomUUID());
        TestCase y = Fixtures.knownCase(countryB, List.of("P"), UUID.randomUUID());
        Fixtures.coding(codebook, x, 2021, "stage", "c1", "m");
        Fixtures.coding(codebook, y, 2021, "stage", "c1", "n");
        String program = Fixtures.unique("PD");
        TestCase v2 = x.at(2, Map.of("programs", List.of(Map.of("program", program))));
        String eventId = Fixtures.publish(EventTypes.CASE_UPDATED, x.id(), v2.state());
        awaitGroup(codebook, "program", program);
        Map<String, Object> before = results(codebook, countryA, countryB);

        Fixtures.publish(EventTypes.CASE_UPDATED, x.id(), v2.state(), eventId);
        Fixtures.publish(EventTypes.CASE_UPDATED, x.id(), x.at(1, Map.of("country", countryB)).state());
        String fence = Fixtures.unique("PD");
        Fixtures.publish(EventTypes.CASE_UPDATED, x.id(), v2.at(3, Map.of("programs",
                List.of(Map.of("program", program), Map.of("program", fence)))).state());
        awaitGroup(codebook, "program", fence);

        assertThat(results(codebook, countryA, countryB)).isEqualTo(before);
    }

    @Test
    void aDeletedCaseLeavesTheComparisons() {
        String codebook = Fixtures.codebook();
        String country = Fixtures.unique("DL");
        TestCase x = Fixtures.knownCase(country, List.of("P"), UUID.randomUUID());
        TestCase y = Fixtures.knownCase(country, List.of("P"), UUID.randomUUID());
        Fixtures.coding(codebook, x, 2021, "value", "c1", "x");
        Fixtures.coding(codebook, y, 2021, "value", "c1", "y");

        Fixtures.publish(EventTypes.CASE_DELETED, x.id(), x.at(2, Map.of("deleted", true)).state());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(distribution(codebook, country).getList("groups[0].years[0].distribution.caseIds",
                        String.class)).containsExactly(y.id().toString()));
        given().queryParam("case", x.slug()).get("/api/v1/codings").then().statusCode(400);
    }

    @Test
    void aCaseYearIsInThePhaseInForceThatYearAndAPhaseChangeLeavesEarlierYearsWhereTheyWere() {
        String codebook = Fixtures.codebook();
        UUID institution = UUID.randomUUID();
        TestCase z = Fixtures.knownCase(Fixtures.unique("PP"), List.of("P"), institution);
        Fixtures.coding(codebook, z, 2022, "value", "c1", "z");
        Fixtures.coding(codebook, z, 2025, "value", "c2", "z");
        String benchmarking = Fixtures.unique("benchmarking-");
        String coCreation = Fixtures.unique("co-creation-");
        UUID partnership = UUID.randomUUID();

        Fixtures.publish(EventTypes.PARTNERSHIP_CREATED, partnership,
                Fixtures.partnershipState(partnership, 1, benchmarking, institution, UUID.randomUUID()));
        awaitGroup(codebook, "partnershipPhase", benchmarking);
        // as partnerships-service announces a declared phase: the partnership's new state, then the history's step
        Map<String, Object> declared = new java.util.HashMap<>(
                Fixtures.partnershipState(partnership, 2, coCreation, institution, UUID.randomUUID()));
        declared.put("slug", "phase-declared-" + partnership);
        Fixtures.publish(EventTypes.PARTNERSHIP_UPDATED, partnership, declared);
        Fixtures.publish(EventTypes.PARTNERSHIP_PHASE_CHANGED, partnership, Map.of("partnershipId",
                partnership.toString(), "version", 2, "from", benchmarking, "to", coCreation, "at", "2024-04-01",
                "sequence", 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath body = phaseDistributions(codebook, benchmarking, coCreation);
            assertThat(body.getList("groups.group.key", String.class)).containsExactly(benchmarking, coCreation);
            // 2022 stays in the phase of 2022; 2025 is in the phase declared in 2024
            assertThat(body.getList("groups[0].years.find { it.year == 2022 }.distribution.caseIds", String.class))
                    .containsExactly(z.id().toString());
            assertThat(body.getInt("groups[0].years.find { it.year == 2025 }.distribution.n")).isZero();
            assertThat(body.getInt("groups[1].years.find { it.year == 2022 }.distribution.n")).isZero();
            assertThat(body.getList("groups[1].years.find { it.year == 2025 }.distribution.caseIds", String.class))
                    .containsExactly(z.id().toString());
        });
        JsonPath overview = given().queryParams(Map.of("codebook", codebook, "groupBy", "partnershipPhase",
                        "groups", benchmarking + "," + coCreation, "from", "2022", "to", "2025"))
                .get("/api/v1/comparisons/overview").then().statusCode(200)
                .extract().response().jsonPath(Fixtures.DOUBLES);
        assertThat(overview.getString("weighting")).isEqualTo("case");
    }

    @Test
    void anUndatedFirstPhaseStandsForEveryYearUntilADatedChange() {
        String codebook = Fixtures.codebook();
        UUID institution = UUID.randomUUID();
        TestCase z = Fixtures.knownCase(Fixtures.unique("PU"), List.of("P"), institution);
        Fixtures.coding(codebook, z, 2019, "value", "c1", "z");
        Fixtures.coding(codebook, z, 2023, "value", "c1", "z");
        String first = Fixtures.unique("co-creation-");
        String third = Fixtures.unique("third-phase-");
        UUID partnership = UUID.randomUUID();

        // as the seed records a partnership: its state, then its history under the same version
        Fixtures.publish(EventTypes.PARTNERSHIP_CREATED, partnership,
                Fixtures.partnershipState(partnership, 1, first, institution, UUID.randomUUID()));
        Fixtures.publish(EventTypes.PARTNERSHIP_PHASE_CHANGED, partnership, Map.of("partnershipId",
                partnership.toString(), "version", 1, "to", first, "sequence", 1));
        // an event written before events carried the history's numbers
        Fixtures.publish(EventTypes.PARTNERSHIP_PHASE_CHANGED, partnership, Map.of("partnershipId",
                partnership.toString(), "version", 2, "from", first, "to", third, "at", "2021-10-01"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath body = phaseDistributions(codebook, first, third);
            assertThat(body.getList("groups[0].years.find { it.year == 2019 }.distribution.caseIds", String.class))
                    .containsExactly(z.id().toString());
            assertThat(body.getList("groups[1].years.find { it.year == 2023 }.distribution.caseIds", String.class))
                    .containsExactly(z.id().toString());
            assertThat(body.getInt("groups[1].years.find { it.year == 2019 }.distribution.n")).isZero();
        });
    }

    private static JsonPath phaseDistributions(String codebook, String first, String second) {
        return given().queryParams(Map.of("codebook", codebook, "dimension", "value", "groupBy", "partnershipPhase",
                        "groups", first + "," + second, "from", "2019", "to", "2025"))
                .get("/api/v1/comparisons/distributions").then().statusCode(200)
                .extract().response().jsonPath(Fixtures.DOUBLES);
    }

    @Test
    void aPartnershipThatIsNotPublicGroupsNoCase() {
        String codebook = Fixtures.codebook();
        UUID institution = UUID.randomUUID();
        TestCase member = Fixtures.knownCase(Fixtures.unique("NP"), List.of("P"), institution);
        Fixtures.coding(codebook, member, 2022, "value", "c1", "x");
        String phase = Fixtures.unique("third-phase-");
        UUID partnership = UUID.randomUUID();
        Map<String, Object> state = Fixtures.partnershipState(partnership, 1, phase, institution);

        Fixtures.publish(EventTypes.PARTNERSHIP_CREATED, partnership, state);
        awaitGroup(codebook, "partnershipPhase", phase);
        Map<String, Object> hidden = new java.util.HashMap<>(state);
        hidden.put("version", 2);
        hidden.put("isPublic", false);
        Fixtures.publish(EventTypes.PARTNERSHIP_UPDATED, partnership, hidden);

        // its phase, members and existence show to no reader through the groups; the member's cases are in none
        await().atMost(Duration.ofSeconds(30)).until(() -> groupStatus(codebook, phase) == 400);
        for (String reader : List.of(TestTokens.curator(), TestTokens.partner(institution))) {
            given().auth().oauth2(reader).queryParams(Map.of("codebook", codebook, "dimension", "value",
                            "groupBy", "partnershipPhase", "group", phase))
                    .get("/api/v1/comparisons/cases").then().statusCode(400);
        }
        given().queryParams(Map.of("codebook", codebook, "dimension", "value", "groupBy", "partnershipPhase",
                        "group", "none", "from", "2022", "to", "2022", "limit", "200"))
                .get("/api/v1/comparisons/cases").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(member.id().toString()));
    }

    @Test
    void aMemberThatHasNotConsentedIsNoMemberForComparisons() {
        String codebook = Fixtures.codebook();
        UUID confirmed = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        TestCase ofConfirmed = Fixtures.knownCase(Fixtures.unique("CM"), List.of("P"), confirmed);
        TestCase ofPending = Fixtures.knownCase(Fixtures.unique("PM"), List.of("P"), pending);
        Fixtures.coding(codebook, ofConfirmed, 2022, "value", "c1", "x");
        Fixtures.coding(codebook, ofPending, 2022, "value", "c1", "y");
        String phase = Fixtures.unique("co-creation-");
        UUID partnership = UUID.randomUUID();
        Map<String, Object> state = new java.util.HashMap<>(Fixtures.partnershipState(partnership, 1, phase));
        state.put("members", List.of(
                Map.of("institutionId", confirmed.toString(), "country", "JP", "role", "CO_LEAD",
                        "consent", "CONFIRMED"),
                Map.of("institutionId", pending.toString(), "country", "TW", "role", "CO_LEAD",
                        "consent", "PENDING")));

        Fixtures.publish(EventTypes.PARTNERSHIP_CREATED, partnership, state);
        awaitGroup(codebook, "partnershipPhase", phase);

        JsonPath body = given().queryParams(Map.of("codebook", codebook, "dimension", "value",
                        "groupBy", "partnershipPhase", "groups", phase, "from", "2022", "to", "2022"))
                .get("/api/v1/comparisons/distributions").then().statusCode(200)
                .extract().response().jsonPath(Fixtures.DOUBLES);
        assertThat(body.getList("groups[0].years[0].distribution.caseIds", String.class))
                .containsExactly(ofConfirmed.id().toString());
    }

    private static int groupStatus(String codebook, String group) {
        return given().queryParams(Map.of("codebook", codebook, "dimension", "value", "groupBy", "partnershipPhase",
                "groups", group)).get("/api/v1/comparisons/distributions").statusCode();
    }

    private static void awaitGroup(String codebook, String groupBy, String group) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given()
                .queryParams(Map.of("codebook", codebook, "dimension", "value", "groupBy", groupBy, "groups", group))
                .get("/api/v1/comparisons/distributions").statusCode() == 200);
    }

    private static JsonPath distribution(String codebook, String country) {
        return given().queryParams(Map.of("codebook", codebook, "dimension", "value", "groups", country,
                        "from", "2021", "to", "2021"))
                .get("/api/v1/comparisons/distributions").then().statusCode(200)
                .extract().response().jsonPath(Fixtures.DOUBLES);
    }

    /** Every comparison between the two countries, less the data version they were computed at. */
    private static Map<String, Object> results(String codebook, String a, String b) {
        Map<String, String> pair = Map.of("codebook", codebook, "a", a, "b", b, "minCases", "1");
        Map<String, Object> results = new java.util.TreeMap<>();
        for (String dimension : List.of("value", "stage")) {
            results.put("distributions/" + dimension, read("distributions", Map.of("codebook", codebook,
                    "dimension", dimension, "groups", a + "," + b)));
            results.put("distance/" + dimension, read("distance", withDimension(pair, dimension)));
            results.put("trend/" + dimension, read("trend", withDimension(pair, dimension)));
        }
        results.put("overview", read("overview", Map.of("codebook", codebook, "groups", a + "," + b)));
        results.put("reliability", read("reliability", Map.of("codebook", codebook)));
        return results;
    }

    private static Map<String, String> withDimension(Map<String, String> query, String dimension) {
        Map<String, String> withDimension = new java.util.HashMap<>(query);
        withDimension.put("dimension", dimension);
        return withDimension;
    }

    private static Object read(String comparison, Map<String, String> query) {
        Map<String, Object> body = given().queryParams(query).get("/api/v1/comparisons/" + comparison)
                .then().statusCode(200).extract().response().jsonPath(Fixtures.DOUBLES).getMap("$");
        body.remove("dataVersion");
        return body;
    }
}
