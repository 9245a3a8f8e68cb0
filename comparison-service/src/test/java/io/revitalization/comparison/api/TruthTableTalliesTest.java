package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.events.EventTypes;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The truth table follows every change the configuration tallies must follow: a coding deleted, a case moving to
 * another group, a case deleted; and it equals the truth table computed from the codings (several programs).
 */
@QuarkusTest
class TruthTableTalliesTest {

    @Test
    void theTruthTableFollowsCodingsRegroupingsAndDeletions() {
        String codebook = Fixtures.codebook();
        String country = Fixtures.unique("T");
        String otherCountry = Fixtures.unique("U");
        String program = Fixtures.unique("P");
        String otherProgram = Fixtures.unique("Q");
        TestCase first = Fixtures.knownCase(country, List.of(program), UUID.randomUUID());
        TestCase second = Fixtures.knownCase(country, List.of(otherProgram), UUID.randomUUID());
        for (TestCase coded : List.of(first, second)) {
            Fixtures.coding(codebook, coded, 2022, "value", "alice", "x");
        }
        Fixtures.coding(codebook, first, 2022, "method", "alice", "e");
        String secondMethod = Fixtures.coding(codebook, second, 2022, "method", "alice", "e", "f");

        JsonPath both = truthTable(codebook, country);
        assertThat(both.getInt("n")).isEqualTo(2);
        assertThat(both.getList("rows.configuration", List.class)).containsExactly(List.of(true));
        assertThat(both.getList("rows[0].caseIds", String.class)).containsExactlyInAnyOrder(first.id().toString(),
                second.id().toString());
        assertThat(withoutVersion(truthTableOfPrograms(codebook, program + "," + otherProgram)))
                .as("computed from the codings").isEqualTo(withoutVersion(both));

        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/codings/" + secondMethod).then().statusCode(204);
        JsonPath oneLeftOut = truthTable(codebook, country);
        assertThat(oneLeftOut.getInt("n")).isEqualTo(1);
        assertThat(oneLeftOut.getList("leftOut", String.class)).containsExactly(second.id().toString());
        Fixtures.coding(codebook, second, 2022, "method", "alice", "g");

        Fixtures.publish(EventTypes.CASE_UPDATED, second.id(), second.at(2, Map.of("country", otherCountry)).state());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(truthTable(codebook, otherCountry).getInt("n")).isEqualTo(1));
        JsonPath moved = truthTable(codebook, otherCountry);
        assertThat(moved.getList("rows.configuration", List.class)).containsExactly(List.of(false));
        assertThat(truthTable(codebook, country).getInt("n")).isEqualTo(1);

        assertThat(truthTable(codebook, null).getInt("n")).as("every live case").isEqualTo(2);
        Fixtures.publish(EventTypes.CASE_DELETED, first.id(), first.at(2, Map.of("deleted", true)).state());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(truthTable(codebook, null).getInt("n")).as("every live case").isEqualTo(1));
        assertThat(truthTable(codebook, null).getList("rows[0].caseIds", String.class))
                .containsExactly(second.id().toString());
    }

    private static JsonPath truthTable(String codebook, String country) {
        var request = given().queryParams(Map.of("codebook", codebook, "year", "2022", "outcome", "value:x",
                "conditions", "method:e"));
        if (country != null) {
            request.queryParams(Map.of("groupBy", "country", "groups", country));
        }
        return request.get("/api/v1/comparisons/truth-table").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> withoutVersion(JsonPath truthTable) {
        Map<String, Object> answer = new HashMap<>(truthTable.getMap("$"));
        answer.remove("dataVersion");
        return answer;
    }

    /** Two programs may share cases: this truth table is computed from the codings. */
    private static JsonPath truthTableOfPrograms(String codebook, String programs) {
        return given().queryParams(Map.of("codebook", codebook, "year", "2022", "outcome", "value:x",
                        "conditions", "method:e", "groupBy", "program", "groups", programs))
                .get("/api/v1/comparisons/truth-table").then().statusCode(200).extract().jsonPath();
    }
}
