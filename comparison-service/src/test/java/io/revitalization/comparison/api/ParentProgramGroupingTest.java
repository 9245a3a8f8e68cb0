package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.events.EventTypes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Grouping by a parent program counts the cases listed under its children, as the case events name the parents. */
@QuarkusTest
class ParentProgramGroupingTest {

    @Test
    void aParentProgramsGroupHoldsTheCasesOfItsChildren() {
        String codebook = Fixtures.codebook();
        String parent = Fixtures.unique("PARENT-");
        String child = parent + "-PHASE-2";
        TestCase underParent = Fixtures.caseState("TW", List.of(parent), UUID.randomUUID());
        TestCase underChild = Fixtures.caseState("TW", List.of(child), UUID.randomUUID());
        underChild.state().put("programs", List.of(Map.of("program", child, "years", List.of(2021),
                "parents", List.of(parent))));
        for (TestCase known : List.of(underParent, underChild)) {
            Fixtures.publish(EventTypes.CASE_CREATED, known.id(), known.state());
            Fixtures.awaitCaseKnown(known.slug());
        }
        Fixtures.coding(codebook, underParent, 2021, "value", "c1", "x");
        Fixtures.coding(codebook, underChild, 2021, "value", "c1", "y");

        JsonPath parentGroup = distributions(codebook, parent);
        assertThat(parentGroup.getInt("groups[0].years[0].distribution.n")).as("both cases").isEqualTo(2);
        JsonPath childGroup = distributions(codebook, child);
        assertThat(childGroup.getInt("groups[0].years[0].distribution.n")).as("the child's case only")
                .isEqualTo(1);
    }

    private static JsonPath distributions(String codebook, String program) {
        return given().queryParams(Map.of("codebook", codebook, "dimension", "value", "groupBy", "program",
                        "groups", program, "from", "2021", "to", "2021", "minCases", "1"))
                .get("/api/v1/comparisons/distributions").then().statusCode(200).extract().response()
                .jsonPath(Fixtures.DOUBLES);
    }
}
