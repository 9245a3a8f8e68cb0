package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

/**
 * A curator settles the unit two coders disagree on; the adjudicated coding is chosen by consensus=adjudicated and
 * coder=adjudicated, and stays out of reliability, the reliability data and the majority.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdjudicationTest {
    private static final double EPSILON = 1e-9;

    private String codebook;
    private String country;
    private TestCase a1;
    private TestCase a2;
    private TestCase a3;
    private String disputedByC1;
    private String disputedByC2;
    private String agreedByC1;

    @BeforeEach
    void codeOnce() {
        if (codebook != null) {
            return;
        }
        codebook = Fixtures.codebook();
        country = Fixtures.unique("ADJ");
        a1 = Fixtures.knownCase(country, List.of("P-ADJ"), UUID.randomUUID());
        a2 = Fixtures.knownCase(country, List.of("P-ADJ"), UUID.randomUUID());
        a3 = Fixtures.knownCase(country, List.of("P-ADJ"), UUID.randomUUID());
        // policy, 2021: both coders give a1 x and a3 y; on a2 c1 says x, c2 says y (a tie the majority leaves out)
        agreedByC1 = Fixtures.coding(codebook, a1, 2021, "policy", "c1", "x");
        Fixtures.coding(codebook, a1, 2021, "policy", "c2", "x");
        disputedByC1 = Fixtures.coding(codebook, a2, 2021, "policy", "c1", "x");
        disputedByC2 = Fixtures.coding(codebook, a2, 2021, "policy", "c2", "y");
        Fixtures.coding(codebook, a3, 2021, "policy", "c1", "y");
        Fixtures.coding(codebook, a3, 2021, "policy", "c2", "y");
    }

    @Test
    @Order(1)
    void aCuratorAdjudicatesADisputedUnitAndTheCodingSaysWhoWhenAndWhatItSettles() {
        JsonPath before = reliability();

        String teamLead = TestTokens.named(TestTokens.CURATOR, null, "team-lead");
        JsonPath adjudication = Fixtures.json(adjudicate(teamLead, List.of(disputedByC1, disputedByC2), "y").then().statusCode(201).extract().response());

        assertThat(adjudication.getString("coder")).isEqualTo("adjudicated");
        assertThat(adjudication.getString("caseId")).isEqualTo(a2.id().toString());
        assertThat(adjudication.getInt("year")).isEqualTo(2021);
        assertThat(adjudication.getString("dimension")).isEqualTo("policy");
        assertThat(adjudication.getList("codes", String.class)).containsExactly("y");
        assertThat(adjudication.getList("settles", String.class)).containsExactly(disputedByC1, disputedByC2);
        assertThat(adjudication.getString("createdBy")).as("who").isEqualTo("team-lead");
        assertThat(adjudication.getString("createdAt")).as("when").isNotBlank();
        given().get("/api/v1/codings/" + adjudication.getString("id")).then().statusCode(200)
                .body("settles.size()", equalTo(2)).body("coder", equalTo("adjudicated"));

        JsonPath after = reliability();
        assertThat(after.getDouble("dimensions[0].nominal.alpha"))
                .as("an adjudication is no independent coder: alpha does not move")
                .isEqualTo(before.getDouble("dimensions[0].nominal.alpha"));
        assertThat(after.getInt("dimensions[0].nominal.pairableValues"))
                .isEqualTo(before.getInt("dimensions[0].nominal.pairableValues"));
        assertThat(after.getList("dimensions[0].nominal.coders", String.class)).containsExactly("c1", "c2");
    }

    @Test
    @Order(2)
    void consensusAdjudicatedUsesTheAdjudicationWhereThereIsOneElseTheMajority() {
        JsonPath majority = distributions(Map.of());
        assertThat(majority.getInt("groups[0].years[0].distribution.n")).as("the tie is left out").isEqualTo(2);

        JsonPath adjudicated = distributions(Map.of("consensus", "adjudicated"));
        assertThat(adjudicated.getInt("groups[0].years[0].distribution.n")).isEqualTo(3);
        assertThat(share(adjudicated, "x")).isCloseTo(1.0 / 3, within(EPSILON));
        assertThat(share(adjudicated, "y")).isCloseTo(2.0 / 3, within(EPSILON));

        JsonPath all = distributions(Map.of("consensus", "all"));
        assertThat(all.getInt("groups[0].years[0].distribution.n")).isEqualTo(3);
        assertThat(share(all, "x")).as("every coder's coding, not the adjudication").isCloseTo(0.5, within(EPSILON));

        JsonPath alone = distributions(Map.of("coder", "adjudicated"));
        assertThat(alone.getInt("groups[0].years[0].distribution.n")).isEqualTo(1);
        assertThat(share(alone, "y")).isCloseTo(1, within(EPSILON));
    }

    @Test
    @Order(3)
    void theDisagreementsShowTheAdjudicationBesideTheCodersCodes() {
        JsonPath body = Fixtures.json(given().queryParams(Map.of("codebook", codebook, "dimension", "policy",
                        "from", 2021, "to", 2021))
                .get("/api/v1/comparisons/reliability-data/disagreements").then().statusCode(200).extract()
                .response());
        assertThat(body.getList("coders", String.class)).containsExactly("c1", "c2");
        assertThat(body.getList("units.caseId", String.class)).containsExactly(a2.id().toString());
        assertThat(body.getList("units[0].adjudicated", String.class)).containsExactly("y");
        assertThat(body.getMap("units[0].codes")).doesNotContainKey("adjudicated");
    }

    @Test
    @Order(4)
    void aUnitIsAdjudicatedOnceAndOnlyCodersCodingsOfOneUnitCanBeSettled() {
        adjudicate(TestTokens.curator(), List.of(disputedByC1, disputedByC2), "x").then().statusCode(409);
        adjudicate(TestTokens.curator(), List.of(disputedByC1, agreedByC1), "x").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("settles[1]"));
        adjudicate(TestTokens.curator(), List.of(disputedByC1), "x").then().statusCode(400)
                .body("errors[0].field", equalTo("settles"));
        adjudicate(TestTokens.curator(), List.of(disputedByC1, UUID.randomUUID().toString()), "x").then()
                .statusCode(400).body("errors[0].field", equalTo("settles[1]"));
        adjudicate(TestTokens.partner(UUID.randomUUID()), List.of(disputedByC1, disputedByC2), "x").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("codebook", codebook, "codebookVersion", 1, "case", a1.slug(), "year", 2022,
                        "dimension", "policy", "codes", List.of("x"), "coder", "adjudicated"))
                .post("/api/v1/codings").then().statusCode(400).body("errors[0].field", equalTo("coder"));
    }

    @Test
    @Order(5)
    void deletingTheAdjudicationLeavesTheUnitToTheMajorityAgain() {
        String id = given().queryParams(Map.of("case", a2.slug(), "coder", "adjudicated"))
                .get("/api/v1/codings").then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(TestTokens.curator()).header("If-Match", "\"1\"").delete("/api/v1/codings/" + id)
                .then().statusCode(204);
        assertThat(distributions(Map.of("consensus", "adjudicated")).getInt("groups[0].years[0].distribution.n"))
                .isEqualTo(2);
    }

    private io.restassured.response.Response adjudicate(String token, List<String> settles, String code) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("settles", settles, "codes", List.of(code), "note", "settled in the team meeting"))
                .post("/api/v1/codings/adjudications");
    }

    private JsonPath reliability() {
        return Fixtures.json(given().queryParams(Map.of("codebook", codebook, "dimension", "policy", "from", 2021,
                "to", 2021)).get("/api/v1/comparisons/reliability").then().statusCode(200).extract().response());
    }

    private JsonPath distributions(Map<String, String> extra) {
        return given().queryParams(Map.of("dimension", "policy", "groups", country, "codebook", codebook,
                        "from", "2021", "to", "2021", "minCases", "1"))
                .queryParams(extra)
                .get("/api/v1/comparisons/distributions")
                .then().statusCode(200).extract().response().jsonPath(Fixtures.DOUBLES);
    }

    private static double share(JsonPath body, String code) {
        List<Map<String, Object>> shares = body.getList("groups[0].years[0].distribution.shares");
        return shares.stream().filter(share -> code.equals(share.get("code"))).mapToDouble(share ->
                ((Number) share.get("share")).doubleValue()).findFirst().orElse(0);
    }
}
