package io.revitalization.comparison.api;

import io.revitalization.comparison.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The comparison reads on a small data set whose figures are worked out by hand: two countries (three and two
 * cases), coded by two coders.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonEngineTest {
    private static final double EPSILON = 1e-9;

    private String codebook;
    private String countryA;
    private String countryB;
    private TestCase a1;
    private TestCase a2;
    private TestCase a3;
    private TestCase b1;
    private TestCase b2;

    /** Once per class; in @BeforeEach because RestAssured learns the random test port only per test. */
    @BeforeEach
    void codeTheCasesOnce() {
        if (codebook != null) {
            return;
        }
        codebook = Fixtures.codebook();
        countryA = Fixtures.unique("A");
        countryB = Fixtures.unique("B");
        UUID institution = UUID.randomUUID();
        a1 = Fixtures.knownCase(countryA, List.of("P-A"), institution);
        a2 = Fixtures.knownCase(countryA, List.of("P-A"), UUID.randomUUID());
        a3 = Fixtures.knownCase(countryA, List.of("P-A"), UUID.randomUUID());
        b1 = Fixtures.knownCase(countryB, List.of("P-B"), UUID.randomUUID());
        b2 = Fixtures.knownCase(countryB, List.of("P-B"), UUID.randomUUID());

        // value, 2021: A = x, x, y; B = z, y
        Fixtures.quotedCoding(codebook, a1, 2021, "value", "c1", "地方橋接者 🌉 bridges", "x");
        Fixtures.coding(codebook, a2, 2021, "value", "c1", "x");
        Fixtures.coding(codebook, a3, 2021, "value", "c1", "y");
        Fixtures.coding(codebook, b1, 2021, "value", "c1", "z");
        Fixtures.coding(codebook, b2, 2021, "value", "c1", "y");
        // method (multi-valued), 2021: A = {e, f}, {e}; B = {g}
        Fixtures.coding(codebook, a1, 2021, "method", "c1", "e", "f");
        Fixtures.coding(codebook, a2, 2021, "method", "c1", "e");
        Fixtures.coding(codebook, b1, 2021, "method", "c1", "g");
        // stage (ordinal), A: 2021 p p, 2022 p m, 2023 m m, 2024 m s; B: s s every year -> mean gap 2, 1.5, 1, 0.5
        String[][] stagesOfA = {{"p", "p"}, {"p", "m"}, {"m", "m"}, {"m", "s"}};
        for (int i = 0; i < stagesOfA.length; i++) {
            Fixtures.coding(codebook, a1, 2021 + i, "stage", "c1", stagesOfA[i][0]);
            Fixtures.coding(codebook, a2, 2021 + i, "stage", "c1", stagesOfA[i][1]);
            Fixtures.coding(codebook, b1, 2021 + i, "stage", "c1", "s");
            Fixtures.coding(codebook, b2, 2021 + i, "stage", "c1", "s");
        }
        // policy, 2021, two coders who disagree on a2 only
        String[] byC1 = {"x", "x", "y", "z", "y"};
        String[] byC2 = {"x", "y", "y", "z", "y"};
        List<TestCase> all = List.of(a1, a2, a3, b1, b2);
        for (int i = 0; i < all.size(); i++) {
            Fixtures.coding(codebook, all.get(i), 2021, "policy", "c1", byC1[i]);
            Fixtures.coding(codebook, all.get(i), 2021, "policy", "c2", byC2[i]);
        }
    }

    @Test
    void distributionsGiveSharesWithNAndCasesPerGroupAndYear() {
        JsonPath body = distributions("value", Map.of("from", "2021", "to", "2022", "minCases", "3"));

        assertThat(body.getString("groups[0].group.key")).isEqualTo(countryA);
        JsonPath a2021 = new JsonPath(body.prettify()).using(Fixtures.DOUBLES).setRootPath("groups[0].years[0]");
        assertThat(a2021.getInt("year")).isEqualTo(2021);
        assertThat(a2021.getBoolean("insufficient")).isFalse();
        assertThat(a2021.getInt("distribution.n")).isEqualTo(3);
        assertThat(a2021.getList("distribution.caseIds", String.class)).containsExactlyElementsOf(sortedIds(a1, a2, a3));
        assertThat(a2021.getString("distribution.shares[0].code")).isEqualTo("x");
        assertThat(a2021.getDouble("distribution.shares[0].share")).isCloseTo(2.0 / 3, within(EPSILON));
        assertThat(a2021.getInt("distribution.shares[0].n")).isEqualTo(2);
        assertThat(a2021.getDouble("distribution.shares[1].share")).isCloseTo(1.0 / 3, within(EPSILON));
        assertThat(a2021.getDouble("distribution.shares[2].share")).isZero();

        JsonPath b2021 = new JsonPath(body.prettify()).using(Fixtures.DOUBLES).setRootPath("groups[1].years[0]");
        assertThat(b2021.getBoolean("insufficient")).as("two cases are under minCases 3").isTrue();
        assertThat(b2021.getDouble("distribution.shares[1].share")).isCloseTo(0.5, within(EPSILON));
        assertThat(b2021.getDouble("distribution.shares[2].share")).isCloseTo(0.5, within(EPSILON));

        JsonPath a2022 = new JsonPath(body.prettify()).using(Fixtures.DOUBLES).setRootPath("groups[0].years[1]");
        assertThat(a2022.getInt("distribution.n")).as("an uncoded year is an explicit zero").isZero();
        assertThat(a2022.getBoolean("insufficient")).isTrue();
        assertThat(body.getMap("cases")).containsEntry(a1.id().toString(), a1.slug());
    }

    @Test
    void multiValuedCodingsSplitACaseYearsWeightOverItsCodes() {
        JsonPath body = distributions("method", Map.of("from", "2021", "to", "2021"));

        assertThat(body.getDouble("groups[0].years[0].distribution.shares[0].share")).isCloseTo(0.75, within(EPSILON));
        assertThat(body.getDouble("groups[0].years[0].distribution.shares[1].share")).isCloseTo(0.25, within(EPSILON));
        assertThat(body.getInt("groups[0].years[0].distribution.shares[0].n")).isEqualTo(2);
        assertThat(body.getInt("groups[0].years[0].distribution.n")).isEqualTo(2);
    }

    @Test
    void coderSelectionDecidesHowSeveralCodingsOfAUnitCount() {
        JsonPath majority = distributions("policy", Map.of("from", "2021", "to", "2021"));
        JsonPath all = distributions("policy", Map.of("from", "2021", "to", "2021", "consensus", "all"));
        JsonPath secondCoder = distributions("policy", Map.of("from", "2021", "to", "2021", "coder", "c2"));

        assertThat(majority.getInt("groups[0].years[0].distribution.n")).as("the tied unit is left out").isEqualTo(2);
        assertThat(majority.getDouble("groups[0].years[0].distribution.shares[0].share")).isCloseTo(0.5, within(EPSILON));
        assertThat(all.getInt("groups[0].years[0].distribution.n")).isEqualTo(3);
        assertThat(all.getDouble("groups[0].years[0].distribution.shares[0].share")).isCloseTo(0.5, within(EPSILON));
        assertThat(all.getDouble("groups[0].years[0].distribution.shares[1].share")).isCloseTo(0.5, within(EPSILON));
        assertThat(secondCoder.getDouble("groups[0].years[0].distribution.shares[0].share"))
                .isCloseTo(1.0 / 3, within(EPSILON));
        assertThat(secondCoder.getDouble("groups[0].years[0].distribution.shares[1].share"))
                .isCloseTo(2.0 / 3, within(EPSILON));
    }

    @Test
    void distanceIsTheJensenShannonDistanceWithAReproducibleBootstrapInterval() {
        Map<String, String> query = Map.of("dimension", "value", "a", countryA, "b", countryB, "from", "2021",
                "to", "2021", "bootstrap", "500", "seed", "42", "codebook", codebook);
        JsonPath body = given().queryParams(query).get("/api/v1/comparisons/distance")
                .then().statusCode(200).extract().response().jsonPath(Fixtures.DOUBLES);
        JsonPath again = given().queryParams(query).header("Accept-Language", "ja")
                .get("/api/v1/comparisons/distance").then().statusCode(200).extract().response().jsonPath(Fixtures.DOUBLES);

        // P = (2/3, 1/3, 0), Q = (0, 1/2, 1/2): JSD = sqrt(((2/3 + 1/3 log2 0.8) + (1/2 log2 1.2 + 1/2)) / 2)
        double expected = Math.sqrt(((2.0 / 3 + Math.log(0.8) / Math.log(2) / 3)
                + (Math.log(1.2) / Math.log(2) / 2 + 0.5)) / 2);
        assertThat(body.getDouble("byYear[0].jensenShannonDistance.value")).isCloseTo(expected, within(EPSILON));
        assertThat(body.getDouble("byYear[0].jensenShannonDistance.value")).isCloseTo(0.7716458, within(1e-6));
        double lower = body.getDouble("byYear[0].jensenShannonDistance.interval.lower");
        double upper = body.getDouble("byYear[0].jensenShannonDistance.interval.upper");
        assertThat(lower).isBetween(0.0, upper);
        assertThat(upper).isLessThanOrEqualTo(1.0);
        assertThat(again.getDouble("byYear[0].jensenShannonDistance.interval.lower")).isEqualTo(lower);
        assertThat(again.getDouble("byYear[0].jensenShannonDistance.interval.upper")).isEqualTo(upper);
        assertThat(body.getBoolean("byYear[0].insufficient")).as("under the default 5 cases per group").isTrue();
        assertThat(body.getInt("byYear[0].first.distribution.n")).isEqualTo(3);
        assertThat(body.getInt("byYear[0].second.distribution.n")).isEqualTo(2);
        assertThat(body.getString("byYear[0].meanDifference")).as("a nominal dimension has no mean").isNull();
    }

    @Test
    void ordinalDistanceGivesMeanAndMedianDifferences() {
        JsonPath body = given().queryParams(Map.of("dimension", "stage", "a", countryA, "b", countryB,
                        "from", "2021", "to", "2022", "codebook", codebook))
                .get("/api/v1/comparisons/distance").then().statusCode(200).extract().response().jsonPath(Fixtures.DOUBLES);

        assertThat(body.getDouble("byYear[0].meanDifference.value")).isCloseTo(-2.0, within(EPSILON));
        assertThat(body.getDouble("byYear[0].medianDifference.value")).isCloseTo(-2.0, within(EPSILON));
        assertThat(body.getDouble("byYear[0].meanDifference.interval.lower")).isCloseTo(-2.0, within(EPSILON));
        assertThat(body.getDouble("byYear[1].meanDifference.value")).isCloseTo(-1.5, within(EPSILON));
        assertThat(body.getDouble("byYear[1].meanDifference.interval.lower")).isBetween(-2.0, -1.5);
        assertThat(body.getDouble("byYear[1].meanDifference.interval.upper")).isBetween(-1.5, -1.0);
    }

    @Test
    void trendSeesTheOrdinalGapClosing() {
        JsonPath body = trend(Map.of("gap", "mean", "minCases", "2"));

        assertThat(body.getList("byYear.gap", Double.class).subList(0, 4))
                .usingComparatorForType((x, y) -> Math.abs(x - y) < EPSILON ? 0 : Double.compare(x, y), Double.class)
                .containsExactly(2.0, 1.5, 1.0, 0.5);
        assertThat(body.getDouble("trend.slope")).isCloseTo(-0.5, within(EPSILON));
        assertThat(body.getString("trend.verdict")).isEqualTo("CONVERGING");
        assertThat(body.getList("trend.excludedYears", Integer.class)).containsExactly(2025);
        assertThat(body.getInt("byYear[0].nA")).isEqualTo(2);
        assertThat(body.getList("byYear[0].caseIdsA", String.class)).containsExactlyElementsOf(sortedIds(a1, a2));
    }

    @Test
    void trendSaysWhenTooFewCasesSupportAClaim() {
        JsonPath body = trend(Map.of());

        assertThat(body.getString("trend.verdict")).isEqualTo("INSUFFICIENT_DATA");
        assertThat(body.getList("trend.excludedYears", Integer.class)).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(body.getInt("minimumCasesPerGroup")).isEqualTo(5);
    }

    @Test
    void trendOfTheDistributionsCanBeReadAsJensenShannonDistances() {
        JsonPath body = trend(Map.of("minCases", "2"));

        assertThat(body.getString("gap")).isEqualTo("jsd");
        assertThat(body.getDouble("byYear[0].gap")).as("disjoint supports").isCloseTo(1.0, within(EPSILON));
        assertThat(body.getString("trend.verdict")).isNotEqualTo("CONVERGING");
    }

    @Test
    void overviewNamesTheDominantCodesWithExemplarsAndTheirQuotes() {
        JsonPath body = given().queryParams(Map.of("groups", countryA + "," + countryB, "from", "2021", "to", "2021",
                        "codebook", codebook))
                .get("/api/v1/comparisons/overview").then().statusCode(200).extract().response().jsonPath(Fixtures.DOUBLES);

        JsonPath cell = new JsonPath(body.prettify()).using(Fixtures.DOUBLES).setRootPath(
                "cells.find { it.dimension == 'value' && it.group == '" + countryA + "' }");
        assertThat(cell.getInt("n")).isEqualTo(3);
        assertThat(cell.getString("dominantCodes[0].code")).isEqualTo("x");
        assertThat(cell.getDouble("dominantCodes[0].share")).isCloseTo(2.0 / 3, within(EPSILON));
        assertThat(cell.getList("dominantCodes[0].caseIds", String.class)).containsExactlyElementsOf(sortedIds(a1, a2));
        assertThat(cell.getList("dominantCodes[0].exemplars.evidence.flatten()", String.class))
                .contains("地方橋接者 🌉 bridges");
        assertThat(cell.getString("dominantCodes[1].code")).isEqualTo("y");
        assertThat(body.getList("dimensions.id", String.class)).containsExactly("value", "policy", "method", "stage");
    }

    @Test
    void reliabilityGivesKrippendorffsAlphaAndPercentAgreement() {
        JsonPath body = given().queryParams(Map.of("dimension", "policy", "codebook", codebook))
                .get("/api/v1/comparisons/reliability").then().statusCode(200).extract().response().jsonPath(Fixtures.DOUBLES);

        // coincidences: xx 2, xy 1, yx 1, yy 4, zz 2; n = 10; Do = 2/10; De = 2 (3*5 + 3*2 + 5*2) / (10 * 9)
        double expectedAlpha = 1 - (2.0 / 10) / (2.0 * (15 + 6 + 10) / 90);
        assertThat(body.getDouble("dimensions[0].nominal.alpha")).isCloseTo(expectedAlpha, within(EPSILON));
        assertThat(body.getInt("dimensions[0].nominal.pairableUnits")).isEqualTo(5);
        assertThat(body.getDouble("dimensions[0].percentAgreement.overallShare")).isCloseTo(0.8, within(EPSILON));
        assertThat(body.getString("dimensions[0].ordinal")).isNull();
        assertThat(body.getInt("dimensions[0].codings")).isEqualTo(10);

        JsonPath stage = given().queryParams(Map.of("dimension", "stage", "codebook", codebook))
                .get("/api/v1/comparisons/reliability").then().statusCode(200).extract().response().jsonPath(Fixtures.DOUBLES);
        assertThat(stage.getString("dimensions[0].ordinal.metric")).isEqualTo("ORDINAL");
        assertThat(stage.getString("dimensions[0].ordinal.alpha")).as("one coder: nothing to agree on").isNull();
    }

    @Test
    void truthTableGivesConsistencyAndCoveragePerConfiguration() {
        JsonPath body = given().queryParams(Map.of("codebook", codebook, "year", "2021", "outcome", "value:x",
                        "conditions", "method:e"))
                .get("/api/v1/comparisons/truth-table").then().statusCode(200)
                .extract().response().jsonPath(Fixtures.DOUBLES);

        // coded on both dimensions in 2021: a1 (x; e f), a2 (x; e), b1 (z; g); a3 and b2 only on value
        assertThat(body.getInt("n")).isEqualTo(3);
        assertThat(body.getList("leftOut", String.class)).containsExactlyElementsOf(sortedIds(a3, b2));
        assertThat(body.getInt("nLeftOut")).isEqualTo(2);
        assertThat(body.getList("rows[0].configuration", Boolean.class)).containsExactly(true);
        assertThat(body.getList("rows[0].caseIds", String.class)).containsExactlyElementsOf(sortedIds(a1, a2));
        assertThat(body.getDouble("rows[0].consistency")).isEqualTo(1.0);
        assertThat(body.getDouble("rows[0].coverage")).isEqualTo(1.0);
        assertThat(body.getDouble("rows[1].consistency")).isEqualTo(0.0);
        assertThat(body.getLong("logicalRemainders")).isZero();

        given().queryParams(Map.of("codebook", codebook, "outcome", "value:w", "conditions", "method:e"))
                .get("/api/v1/comparisons/truth-table").then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        given().queryParams(Map.of("codebook", codebook, "outcome", "value:x", "conditions", "method:e,stage"))
                .get("/api/v1/comparisons/truth-table").then().statusCode(400)
                .body("errors[0].field", equalTo("conditions[1]"));
    }

    @Test
    void badComparisonQueriesAreProblemsThatNameTheParameter() {
        Map<String, String> base = Map.of("codebook", codebook, "dimension", "value", "groups", countryA);
        assertProblem(Map.of("codebook", codebook, "dimension", "nope"), "distributions", "dimension");
        assertProblem(with(with(base, "from", "2025"), "to", "2021"), "distributions", "from");
        assertProblem(with(base, "from", "1800"), "distributions", "from");
        assertProblem(with(base, "to", "twenty"), "distributions", "to");
        assertProblem(with(base, "groups", countryA + ",XX-none"), "distributions", "groups[1]");
        assertProblem(with(base, "groupBy", "university"), "distributions", "groupBy");
        assertProblem(with(base, "dimention", "value"), "distributions", "dimention");
        assertProblem(with(base, "consensus", "unanimous"), "distributions", "consensus");
        assertProblem(with(with(base, "coder", "c1"), "consensus", "all"), "distributions", "coder");
        assertProblem(with(base, "minCases", "0"), "distributions", "minCases");
        assertProblem(Map.of("codebook", "no-such-codebook", "dimension", "value"), "distributions", "codebook");
        assertProblem(Map.of("codebook", codebook, "codebookVersion", "9", "dimension", "value"), "distributions",
                "codebookVersion");
        assertProblem(Map.of("codebook", codebook, "dimension", "value", "a", countryA, "b", "XX-none"), "distance",
                "b");
        assertProblem(Map.of("codebook", codebook, "dimension", "value", "a", countryA, "b", countryB,
                "bootstrap", "100001"), "distance", "bootstrap");
        assertProblem(Map.of("codebook", codebook, "dimension", "value", "a", countryA, "b", countryB,
                "confidence", "1.5"), "distance", "confidence");
        assertProblem(Map.of("codebook", codebook, "dimension", "value", "a", countryA, "b", countryB,
                "gap", "mean"), "trend", "gap");
        assertProblem(Map.of("codebook", codebook, "dimension", "value", "b", countryB), "trend", "a");
        assertProblem(Map.of("codebook", codebook, "dimension", "x' OR '1'='1"), "reliability", "dimension");
        Map<String, String> behind = Map.of("codebook", codebook, "dimension", "value", "group", countryA);
        assertProblem(with(behind, "code", "w"), "cases", "code");
        assertProblem(with(behind, "group", "XX-none"), "cases", "group");
        assertProblem(with(behind, "limit", "201"), "cases", "limit");
        assertProblem(with(behind, "cursor", "bm90LWEtdXVpZA"), "cases", "cursor");
        assertProblem(Map.of("codebook", codebook, "dimension", "value"), "cases", "group");
    }

    @Test
    void aTiedUnitIsCountedAndListedAsUnresolvedUnderTheMajority() {
        JsonPath distance = given().queryParams(Map.of("codebook", codebook, "dimension", "policy", "a", countryA,
                        "b", countryB, "from", "2021", "to", "2021", "bootstrap", "10"))
                .get("/api/v1/comparisons/distance").then().statusCode(200).extract().jsonPath();
        assertThat(distance.getInt("nUnresolved")).isEqualTo(1);
        assertThat(distance.getString("unresolved[0].caseId")).isEqualTo(a2.id().toString());
        assertThat(distance.getString("unresolved[0].reason")).isEqualTo("TIED_CODINGS");

        JsonPath overview = given().queryParams(Map.of("codebook", codebook, "groups", countryA + "," + countryB,
                        "from", "2021", "to", "2021"))
                .get("/api/v1/comparisons/overview").then().statusCode(200).extract().jsonPath();
        assertThat(overview.getInt("nUnresolved")).isEqualTo(1);
        assertThat(overview.getList("unresolved.caseId", String.class)).containsExactly(a2.id().toString());
    }

    @Test
    void theCasesBehindAFigureArePagedInIdOrderWithTheirSlugs() {
        Map<String, String> scope = Map.of("codebook", codebook, "dimension", "value", "group", countryA,
                "from", "2021", "to", "2021");
        JsonPath first = given().queryParams(scope).queryParam("limit", 2)
                .get("/api/v1/comparisons/cases").then().statusCode(200).header("Link", containsString("rel=\"next\""))
                .extract().jsonPath();
        assertThat(first.getList("items.id", String.class)).containsExactlyElementsOf(sortedIds(a1, a2, a3).subList(0, 2));
        JsonPath second = given().queryParams(scope).queryParam("limit", 2).queryParam("cursor", first.getString("next"))
                .get("/api/v1/comparisons/cases").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.id", String.class)).containsExactlyElementsOf(sortedIds(a1, a2, a3).subList(2, 3));
        assertThat(second.getString("next")).isNull();

        JsonPath withX = given().queryParams(scope).queryParam("code", "x")
                .get("/api/v1/comparisons/cases").then().statusCode(200).extract().jsonPath();
        assertThat(withX.getList("items.id", String.class)).containsExactlyElementsOf(sortedIds(a1, a2));
        assertThat(withX.getList("items.slug", String.class)).contains(a1.slug(), a2.slug());

        JsonPath otherYear = given().queryParams(with(with(scope, "from", "2022"), "to", "2022"))
                .get("/api/v1/comparisons/cases").then().statusCode(200).extract().jsonPath();
        assertThat(otherYear.getList("items")).as("nothing coded on value in 2022").isEmpty();
    }

    private static void assertProblem(Map<String, String> query, String comparison, String field) {
        given().queryParams(query).get("/api/v1/comparisons/" + comparison)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private static Map<String, String> with(Map<String, String> query, String name, String value) {
        Map<String, String> changed = new java.util.HashMap<>(query);
        changed.put(name, value);
        return changed;
    }

    @Test
    void displayLabelsFollowAcceptLanguage() {
        given().queryParams(Map.of("dimension", "stage", "codebook", codebook, "groups", countryA))
                .header("Accept-Language", "zh-TW, en;q=0.5")
                .get("/api/v1/comparisons/distributions")
                .then().statusCode(200)
                .body("dimension.displayLabel", equalTo("階段"))
                .header("Vary", containsString("Accept-Language"));
    }

    private JsonPath distributions(String dimension, Map<String, String> extra) {
        return given().queryParams(Map.of("dimension", dimension, "groups", countryA + "," + countryB,
                        "codebook", codebook))
                .queryParams(extra)
                .get("/api/v1/comparisons/distributions")
                .then().statusCode(200).extract().response().jsonPath(Fixtures.DOUBLES);
    }

    private JsonPath trend(Map<String, String> extra) {
        return given().queryParams(Map.of("dimension", "stage", "a", countryA, "b", countryB, "codebook", codebook))
                .queryParams(extra)
                .get("/api/v1/comparisons/trend")
                .then().statusCode(200).extract().response().jsonPath(Fixtures.DOUBLES);
    }

    private static List<String> sortedIds(TestCase... cases) {
        return Stream.of(cases).map(c -> c.id().toString()).sorted().toList();
    }
}
