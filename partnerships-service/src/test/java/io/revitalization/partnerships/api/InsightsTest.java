package io.revitalization.partnerships.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.revitalization.partnerships.testing.Api;
import io.revitalization.partnerships.testing.Bodies;
import io.revitalization.partnerships.testing.TestInstitutions.Known;
import io.revitalization.partnerships.testing.TestInstitutions;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.revitalization.partnerships.testing.Api.PARTNERSHIPS;
import static io.revitalization.partnerships.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class InsightsTest {
    private final TestInstitutions institutions;

    InsightsTest(TestInstitutions institutions) {
        this.institutions = institutions;
    }

    private record Pair(String slug, Known tw, Known jp) {
    }

    private Pair partnership(Map<String, Object> overrides) {
        Known tw = institutions.university("tw", "TW");
        Known jp = institutions.university("jp", "JP");
        String slug = Bodies.slug("insights");
        Map<String, Object> body = Bodies.partnership(slug, tw, jp);
        body.putAll(overrides);
        Api.create(body, TestTokens.curator());
        return new Pair(slug, tw, jp);
    }

    private static void post(Pair pair, String kind, String date, String direction) {
        Api.post(pair.slug(), Bodies.update(kind, date, direction), TestTokens.partner(pair.tw().id()));
    }

    @Test
    void networkReciprocityListsAndFeedsCarryAnETagAnswered304UntilAnUpdateChangesThem() {
        Pair pair = partnership(Map.of());
        List<String> reads = List.of(PARTNERSHIPS + "/network", PARTNERSHIPS + "/reciprocity",
                PARTNERSHIPS + "/" + pair.slug() + "/reciprocity", PARTNERSHIPS + "?institution=" + pair.tw().slug(),
                PARTNERSHIPS + "/updates", PARTNERSHIPS + "/" + pair.slug() + "/updates");
        Map<String, String> tags = new java.util.HashMap<>();
        for (String read : reads) {
            String tag = given().get(read).then().statusCode(200).extract().header("ETag");
            assertThat(tag).as(read).matches("\"[A-Za-z0-9_-]+\"");
            given().header("If-None-Match", tag).get(read).then().statusCode(304).header("ETag", tag);
            tags.put(read, tag);
        }

        post(pair, "ACTIVITY", "2025-05-01", "MUTUAL");
        Map<String, Object> another = Bodies.partnership(Bodies.slug("insights"), pair.tw(),
                institutions.university("jp", "JP"));
        Api.create(another, TestTokens.curator());

        for (String read : reads) {
            assertThat(given().header("If-None-Match", tags.get(read)).get(read).statusCode()).as(read).isEqualTo(200);
        }
    }

    @Test
    void reciprocityCountsActivityByDirectionPerYear() {
        Pair pair = partnership(Map.of());
        post(pair, "ACTIVITY", "2024-06-01", "JP_TO_TW");
        post(pair, "ACTIVITY", "2025-02-01", "TW_TO_JP");
        post(pair, "MILESTONE", "2025-03-01", "MUTUAL");
        post(pair, "OUTCOME", "2025-04-01", "MUTUAL");
        Map<String, Object> request = Bodies.update("PHASE_CHANGE_REQUEST", "2025-04-02", "MUTUAL");
        request.put("requestedPhase", "CO_CREATION");
        Api.post(pair.slug(), request, TestTokens.partner(pair.jp().id()));
        String withdrawn = Api.post(pair.slug(), Bodies.update("ACTIVITY", "2025-05-01", "JP_TO_TW"),
                TestTokens.partner(pair.jp().id()));
        as(TestTokens.partner(pair.jp().id()))
                .post(PARTNERSHIPS + "/" + pair.slug() + "/updates/" + withdrawn + "/withdraw").then().statusCode(200);

        given().get(PARTNERSHIPS + "/" + pair.slug() + "/reciprocity").then().statusCode(200)
                .body("partnershipSlug", equalTo(pair.slug()))
                .body("allYears.activities", equalTo(4))
                .body("allYears.jpToTwShare", equalTo(0.25f))
                .body("allYears.twToJpShare", equalTo(0.25f))
                .body("allYears.mutualShare", equalTo(0.5f))
                .body("years.year", contains(2024, 2025))
                .body("years[0].flows.jpToTw", equalTo(1))
                .body("years[0].flows.jpToTwShare", equalTo(1.0f))
                .body("years[1].flows.activities", equalTo(3))
                .body("years[1].flows.twToJpShare", equalTo(0.333f))
                .body("years[1].flows.mutualShare", equalTo(0.667f));
        given().queryParam("year", 2025).get(PARTNERSHIPS + "/" + pair.slug() + "/reciprocity")
                .then().body("year", equalTo(2025)).body("years.year", contains(2025))
                .body("allYears.activities", equalTo(3));
    }

    @Test
    void overallReciprocityCoversTheVisiblePartnershipsOfAYear() {
        Pair first = partnership(Map.of());
        Pair second = partnership(Map.of());
        Pair hidden = partnership(Map.of("public", false));
        post(first, "ACTIVITY", "2019-03-01", "JP_TO_TW");
        post(first, "ACTIVITY", "2019-04-01", "JP_TO_TW");
        post(second, "OUTCOME", "2019-05-01", "MUTUAL");
        post(hidden, "ACTIVITY", "2019-06-01", "TW_TO_JP");

        given().queryParam("year", 2019).get(PARTNERSHIPS + "/reciprocity").then().statusCode(200)
                .body("partnershipId", nullValue())
                .body("partnerships", equalTo(2))
                .body("allYears.activities", equalTo(3))
                .body("allYears.jpToTw", equalTo(2))
                .body("allYears.twToJp", equalTo(0))
                .body("years[0].partnerships", equalTo(2));
        as(TestTokens.curator()).queryParam("year", 2019).get(PARTNERSHIPS + "/reciprocity")
                .then().body("partnerships", equalTo(3)).body("allYears.twToJp", equalTo(1));
    }

    @Test
    void oneWayFlowSuggestsBenchmarkingBesideAnUndeclaredPhase() {
        Pair pair = partnership(Map.of());
        post(pair, "ACTIVITY", "2023-05-01", "JP_TO_TW");
        post(pair, "ACTIVITY", "2023-06-01", "JP_TO_TW");
        post(pair, "MILESTONE", "2023-07-01", "JP_TO_TW");

        given().get(PARTNERSHIPS + "/" + pair.slug() + "/phase-suggestion").then().statusCode(200)
                .body("declaredPhase", nullValue())
                .body("suggestedPhase", equalTo("BENCHMARKING"))
                .body("agreesWithDeclared", nullValue())
                .body("reasons.code", contains("ONE_WAY_FLOW"))
                .body("reasons[0].text", startsWith("100% of the activity flowed JP→TW"))
                .body("basis.flows.jpToTw", equalTo(3));
        given().get(PARTNERSHIPS + "/" + pair.slug()).then().body("phase", nullValue());
    }

    @Test
    void balancedFlowWithJointOutputsSuggestsCoCreationAndNeverOverwritesTheDeclaredPhase() {
        Pair pair = partnership(Map.of());
        as(TestTokens.curator()).body(Map.of("phase", "BENCHMARKING", "reason", Map.of("en", "study visits")))
                .put(PARTNERSHIPS + "/" + pair.slug() + "/phase").then().statusCode(200);
        post(pair, "ACTIVITY", "2024-05-01", "JP_TO_TW");
        post(pair, "ACTIVITY", "2024-06-01", "TW_TO_JP");
        post(pair, "OUTCOME", "2024-07-01", "MUTUAL");

        given().header("Accept-Language", "ja").get(PARTNERSHIPS + "/" + pair.slug() + "/phase-suggestion")
                .then().statusCode(200)
                .body("declaredPhase", equalTo("BENCHMARKING"))
                .body("suggestedPhase", equalTo("CO_CREATION"))
                .body("agreesWithDeclared", equalTo(false))
                .body("reasons.code", contains("BALANCED_FLOW", "JOINT_OUTPUTS"))
                .body("reasons[0].text", equalTo("知識の流れは均衡している：日→台 33%、台→日 33%、双方向 33%。"))
                .body("basis.jointOutputs", equalTo(1));
        given().get(PARTNERSHIPS + "/" + pair.slug()).then().body("phase", equalTo("BENCHMARKING"));
        given().get(PARTNERSHIPS + "/" + pair.slug() + "/phase-history").then().body("items", hasSize(1));
    }

    @Test
    void jointPolicyResearchSuggestsTheThirdPhaseAndThinEvidenceSuggestsNothing() {
        Pair policy = partnership(Map.of("kind", "JOINT_POLICY_RESEARCH", "themes", List.of("digital-nomads")));
        given().get(PARTNERSHIPS + "/" + policy.slug() + "/phase-suggestion")
                .then().body("suggestedPhase", equalTo("THIRD_PHASE"))
                .body("reasons.code", contains("THIRD_PHASE_KIND"));

        Pair thin = partnership(Map.of());
        post(thin, "ACTIVITY", "2024-05-01", "MUTUAL");
        given().header("Accept-Language", "zh-TW").get(PARTNERSHIPS + "/" + thin.slug() + "/phase-suggestion")
                .then().body("suggestedPhase", nullValue())
                .body("reasons.code", contains("TOO_FEW_ACTIVITIES"))
                .body("reasons[0].text", equalTo("目前僅有 1 筆活動紀錄；至少需要 3 筆，才能判斷知識流向。"));
    }

    @Test
    void theNetworkDrawsInstitutionsAsNodesAndPartnershipsAsEdgesByYear() {
        Pair current = partnership(Map.of());
        Pair past = partnership(Map.of("agreement", Map.of("start", "2021-01-01", "end", "2021-12-31",
                "status", "EXPIRED")));
        Pair community = partnership(Map.of("kind", "THEMATIC_ALLIANCE", "membership", "UNNAMED",
                "members", List.of(), "agreement", Map.of("start", "2020-01-01", "status", "ACTIVE")));
        post(current, "ACTIVITY", "2023-05-01", "MUTUAL");
        post(current, "ACTIVITY", "2023-06-01", "JP_TO_TW");
        post(current, "ACTIVITY", "2024-06-01", "JP_TO_TW");

        JsonPath network2023 = given().header("Accept-Language", "en").queryParam("year", 2023)
                .get(PARTNERSHIPS + "/network").then().statusCode(200).extract().jsonPath();
        Map<String, Object> edge = network2023.getMap("edges.find { it.partnershipSlug == '" + current.slug() + "' }");
        assertThat(edge).containsEntry("source", current.tw().id().toString())
                .containsEntry("target", current.jp().id().toString())
                .containsEntry("kind", "JOINT_COURSE")
                .containsEntry("activities", 2)
                .containsEntry("label", "Joint course " + current.slug());
        assertThat(network2023.getList("edges.partnershipSlug")).doesNotContain(past.slug());
        assertThat(network2023.getList("unnamedMembership.partnershipSlug")).contains(community.slug());
        Map<String, Object> node = network2023.getMap("nodes.find { it.id == '" + current.jp().id() + "' }");
        assertThat(node).containsEntry("label", current.jp().slug() + " University")
                .containsEntry("country", "JP").containsEntry("partnerships", 1);

        JsonPath network2021 = given().queryParam("year", 2021).get(PARTNERSHIPS + "/network").jsonPath();
        assertThat(network2021.getList("edges.partnershipSlug")).contains(past.slug()).doesNotContain(current.slug());

        JsonPath allYears = given().get(PARTNERSHIPS + "/network").jsonPath();
        assertThat(allYears.getList("edges.partnershipSlug")).contains(past.slug(), current.slug());
        assertThat(allYears.getInt("edges.find { it.partnershipSlug == '" + current.slug() + "' }.activities"))
                .isEqualTo(3);
    }

    @Test
    void agreementsEndingWithinNDaysAreListedSoonestFirst() {
        LocalDate today = LocalDate.now();
        Pair soon = partnership(Map.of("agreement", Map.of("start", "2022-01-01",
                "end", today.plusDays(10).toString(), "status", "ACTIVE")));
        Pair later = partnership(Map.of("agreement", Map.of("start", "2022-01-01",
                "end", today.plusDays(100).toString(), "status", "ACTIVE")));
        Pair terminated = partnership(Map.of("agreement", Map.of("start", "2022-01-01",
                "end", today.plusDays(5).toString(), "status", "TERMINATED")));
        Pair over = partnership(Map.of("agreement", Map.of("start", "2022-01-01",
                "end", today.minusDays(1).toString(), "status", "ACTIVE")));

        List<String> within30 = given().queryParam("withinDays", 30).queryParam("limit", 200)
                .get(PARTNERSHIPS + "/agreements/ending").then().statusCode(200)
                .extract().jsonPath().getList("items.partnershipSlug");
        assertThat(within30).contains(soon.slug()).doesNotContain(later.slug(), terminated.slug(), over.slug());
        given().queryParam("withinDays", 30).queryParam("limit", 200).get(PARTNERSHIPS + "/agreements/ending")
                .then().body("items.find { it.partnershipSlug == '" + soon.slug() + "' }.daysLeft", equalTo(10));

        List<String> within120 = given().queryParam("withinDays", 120).queryParam("limit", 200)
                .get(PARTNERSHIPS + "/agreements/ending").jsonPath().getList("items.partnershipSlug");
        assertThat(within120).containsSubsequence(soon.slug(), later.slug());
    }
}
