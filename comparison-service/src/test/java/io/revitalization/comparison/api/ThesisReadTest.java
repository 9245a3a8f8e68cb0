package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.revitalization.comparison.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The thesis read tells parallel movement (same direction within cases, the gap in level unchanged) from convergence
 * (the gap closing), on synthetic codings of the ordinal stage p &lt; m &lt; s &lt; n.
 */
@QuarkusTest
class ThesisReadTest {
    private static final int[] YEARS = {2021, 2022, 2023, 2024, 2025};

    @Test
    void twoGroupsMovingUpTogetherAtDifferentLevelsAreParallel() {
        String codebook = Fixtures.codebook();
        String ahead = Fixtures.unique("A");
        String behind = Fixtures.unique("B");
        for (int c = 0; c < 2; c++) {
            code(codebook, ahead, "s", "s", "n", "n", "n");
            code(codebook, behind, "p", "p", "m", "m", "m");
        }
        JsonPath thesis = thesis(codebook, ahead, behind);
        assertThat(thesis.getString("dimensions[0].dimension.id")).isEqualTo("stage");
        assertThat(thesis.getString("dimensions[0].level.trend.verdict")).isEqualTo("INCONCLUSIVE");
        assertThat(thesis.getDouble("dimensions[0].level.trend.slope")).isCloseTo(0, within(1e-9));
        assertThat(thesis.getString("dimensions[0].direction.direction")).isEqualTo("SAME");
        assertThat(thesis.getDouble("dimensions[0].direction.a.meanPerYear")).isCloseTo(0.25, within(1e-9));
        assertThat(thesis.getDouble("dimensions[0].direction.a.shareUp")).isCloseTo(1, within(1e-9));
        assertThat(thesis.getInt("dimensions[0].direction.b.n")).isEqualTo(2);
        assertThat(thesis.getList("dimensions[0].direction.trajectoriesA[0].positions.value", Double.class))
                .containsExactly(3.0, 3.0, 4.0, 4.0, 4.0);
        assertThat(thesis.getString("dimensions[0].verdict")).isEqualTo("PARALLEL");
        assertThat(thesis.getString("dimensions[0].statement")).startsWith("stage: PARALLEL");
    }

    @Test
    void aGroupCatchingUpConverges() {
        String codebook = Fixtures.codebook();
        String steady = Fixtures.unique("A");
        String catching = Fixtures.unique("B");
        for (int c = 0; c < 2; c++) {
            code(codebook, steady, "s", "s", "s", "s", "s");
            code(codebook, catching, "p", "p", "m", "m", "s");
        }
        JsonPath thesis = thesis(codebook, steady, catching);
        assertThat(thesis.getString("dimensions[0].level.trend.verdict")).isEqualTo("CONVERGING");
        assertThat(thesis.getString("dimensions[0].direction.direction")).isEqualTo("DIFFERENT_PACE");
        assertThat(thesis.getDouble("dimensions[0].direction.difference")).isCloseTo(-0.5, within(1e-9));
        assertThat(thesis.getDouble("dimensions[0].direction.a.shareSame")).isCloseTo(1, within(1e-9));
        assertThat(thesis.getString("dimensions[0].verdict")).isEqualTo("CONVERGENCE");
    }

    @Test
    void tooFewCasesIsInsufficientDataAndTheSeedAnswersWithoutParameters() {
        String codebook = Fixtures.codebook();
        String one = Fixtures.unique("A");
        String other = Fixtures.unique("B");
        code(codebook, one, "s", "s", "n", "n", "n");
        code(codebook, other, "p", "p", "m", "m", "m");
        JsonPath thesis = Fixtures.json(given().queryParams(Map.of("codebook", codebook, "a", one, "b", other,
                "minCases", "1")).get("/api/v1/comparisons/thesis").then().statusCode(200).extract().response());
        assertThat(thesis.getList("dimensions.dimension.id")).containsExactly("value", "policy", "method", "stage");
        assertThat(thesis.getString("dimensions[0].direction.direction")).isEqualTo("NOT_ORDINAL");
        assertThat(thesis.getString("dimensions[3].direction.direction")).isEqualTo("INSUFFICIENT_DATA");
        assertThat(thesis.getString("dimensions[3].verdict")).isEqualTo("INSUFFICIENT_DATA");

        Fixtures.knownCase("JP", List.of(), UUID.randomUUID());
        Fixtures.knownCase("TW", List.of(), UUID.randomUUID());
        given().get("/api/v1/comparisons/thesis").then().statusCode(200);
    }

    private static JsonPath thesis(String codebook, String a, String b) {
        return Fixtures.json(given().queryParams(Map.of("codebook", codebook, "dimension", "stage", "a", a, "b", b,
                "minCases", "2")).get("/api/v1/comparisons/thesis").then().statusCode(200).extract().response());
    }

    /** A new case of the country coded on stage in 2021–2025 with these codes. */
    private static void code(String codebook, String country, String... stages) {
        Fixtures.TestCase aCase = Fixtures.knownCase(country, List.of(), UUID.randomUUID());
        for (int i = 0; i < YEARS.length; i++) {
            Fixtures.coding(codebook, aCase, YEARS[i], "stage", "reader", stages[i]);
        }
    }
}
