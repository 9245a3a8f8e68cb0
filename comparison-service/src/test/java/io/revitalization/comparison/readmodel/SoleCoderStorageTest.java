package io.revitalization.comparison.readmodel;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.testing.CodebookRows;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.testsupport.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one coder alone coded is stored once, under {@code sole:<coder>}, for the selections that agree on it and for
 * the coder alone: a unit's tallies, the cases behind them and its case's profile (a unit with one coding), a case's
 * history of a dimension whose units each have one coding by that coder, and a case-year's configuration whose
 * dimensions each have one. What several coders coded, each unit once, is stored once under {@code sole} beside each
 * coder's own rows. A second coding of a unit stores it under each selection, and taking that coding back stores it
 * once again.
 */
@QuarkusTest
class SoleCoderStorageTest {
    private static final List<String> UNIT_TALLIES = List.of(
            "SELECT DISTINCT selection AS stored FROM tally",
            "SELECT DISTINCT selection AS stored FROM tally_case",
            "SELECT DISTINCT selection AS stored FROM tally_profile");
    private static final String HISTORIES = "SELECT DISTINCT selection AS stored FROM case_history";
    private static final String HISTORY_TALLIES = "SELECT DISTINCT selection AS stored FROM history_tally";
    private static final String CONFIGURATIONS = "SELECT DISTINCT year || ' ' || selection AS stored "
            + "FROM configuration_case";
    private static final String CONFIGURATION_TALLIES = "SELECT DISTINCT year || ' ' || selection AS stored "
            + "FROM configuration_tally";

    @Inject
    DataSource dataSource;

    @Test
    void whatOneCoderCodedIsStoredOnceForTheSelectionsThatAgreeOnIt() throws SQLException {
        String codebook = Fixtures.codebook();
        TestCase known = Fixtures.knownCase(Fixtures.unique("SO"), List.of("P1"), UUID.randomUUID());
        Fixtures.coding(codebook, known, 2021, "stage", "c1", "p");
        Fixtures.coding(codebook, known, 2022, "stage", "c1", "m");
        Fixtures.coding(codebook, known, 2022, "value", "c1", "x");
        List<String> once = List.of("sole:c1");
        assertStored(codebook, once, once, List.of("2021 sole:c1", "2022 sole:c1"));

        // c2 codes 2022's value too: the case's value history and its 2022 configuration are stored under each
        // selection, its stage history (c1's alone) and its 2021 configuration stay stored once
        String second = Fixtures.coding(codebook, known, 2022, "value", "c2", "x");
        List<String> apart = List.of("adjudicated", "all", "coder:c1", "coder:c2", "majority");
        List<String> both = Stream.concat(apart.stream(), Stream.of("sole:c1")).toList();
        List<String> configurationsApart = List.of("2021 sole:c1", "2022 adjudicated", "2022 coder:c1",
                "2022 coder:c2", "2022 majority");
        assertStored(codebook, both, both, configurationsApart);

        // and its stage in 2022, disagreeing: no history is stored once any more, but the unit of 2021's stage is
        String third = Fixtures.coding(codebook, known, 2022, "stage", "c2", "s");
        assertStored(codebook, both, apart, configurationsApart);

        delete(third);
        delete(second);
        assertStored(codebook, once, once, List.of("2021 sole:c1", "2022 sole:c1"));
    }

    @Test
    void whatSeveralCodersCodedOnceEachIsStoredOnceBesideEachCodersOwn() throws SQLException {
        String codebook = Fixtures.codebook();
        TestCase known = Fixtures.knownCase(Fixtures.unique("SO"), List.of("P1"), UUID.randomUUID());
        Fixtures.coding(codebook, known, 2021, "stage", "c1", "p");
        Fixtures.coding(codebook, known, 2022, "stage", "c2", "m");
        Fixtures.coding(codebook, known, 2022, "value", "c1", "x");
        // each unit has one coder; the stage history and 2022's configuration have two
        assertStored(codebook, List.of("sole:c1", "sole:c2"), List.of("coder:c1", "coder:c2", "sole", "sole:c1"),
                List.of("2021 sole:c1", "2022 coder:c1", "2022 coder:c2", "2022 sole"));
    }

    private static void delete(String coding) {
        given().auth().oauth2(TestTokens.admin()).delete("/api/v1/codings/" + coding).then().statusCode(204);
    }

    private void assertStored(String codebook, List<String> units, List<String> histories,
                              List<String> configurations) throws SQLException {
        for (String query : UNIT_TALLIES) {
            assertThat(CodebookRows.of(dataSource, query, codebook)).as(query).isEqualTo(json(units));
        }
        assertThat(CodebookRows.of(dataSource, HISTORIES, codebook)).as("case histories").isEqualTo(json(histories));
        assertThat(CodebookRows.of(dataSource, HISTORY_TALLIES, codebook)).as("history tallies")
                .isEqualTo(json(histories));
        assertThat(CodebookRows.of(dataSource, CONFIGURATIONS, codebook)).as("configurations")
                .isEqualTo(json(configurations));
        assertThat(CodebookRows.of(dataSource, CONFIGURATION_TALLIES, codebook)).as("configuration tallies")
                .isEqualTo(json(configurations));
    }

    private static List<String> json(List<String> stored) {
        return stored.stream().map(value -> "{\"stored\":\"" + value + "\"}").sorted().toList();
    }
}
