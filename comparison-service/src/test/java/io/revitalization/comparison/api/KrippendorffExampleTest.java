package io.revitalization.comparison.api;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.revitalization.comparison.domain.analysis.CodeScale;
import io.revitalization.comparison.domain.analysis.Coding;
import io.revitalization.comparison.domain.analysis.KrippendorffAlpha;
import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C (four observers, twelve units, values
 * 1–5, missing data), posted through the API as codings of an interval and a ratio dimension, read back as alpha and
 * as the exported reliability data.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KrippendorffExampleTest {
    private static final String[] EXAMPLE_C = {
            "1 2 3 3 2 1 4 1 2 . . .",
            "1 2 3 3 2 2 4 1 2 5 . 3",
            ". 3 3 3 2 3 4 2 2 5 1 .",
            "1 2 3 3 2 4 4 1 2 5 1 ."};
    private static final List<String> CODERS = List.of("observer-a", "observer-b", "observer-c", "observer-d");
    private static final int YEAR = 2021;

    private String codebook;
    private List<TestCase> units;

    @BeforeEach
    void postTheExampleOnce() {
        if (codebook != null) {
            return;
        }
        codebook = Fixtures.unique("krippendorff-");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of(
                        "slug", codebook,
                        "title", Map.of("en", "Krippendorff's example C"),
                        "dimensions", List.of(numeric("rating", "INTERVAL"), numeric("amount", "RATIO"))))
                .post("/api/v1/codebooks").then().statusCode(201);
        UUID institution = UUID.randomUUID();
        units = IntStream.range(0, 12)
                .mapToObj(i -> Fixtures.knownCase(Fixtures.unique("K"), List.of("P-K"), institution)).toList();
        for (int observer = 0; observer < EXAMPLE_C.length; observer++) {
            String[] values = EXAMPLE_C[observer].split(" ");
            for (int unit = 0; unit < values.length; unit++) {
                if (!values[unit].equals(".")) {
                    Fixtures.coding(codebook, units.get(unit), YEAR, "rating", CODERS.get(observer), values[unit]);
                    Fixtures.coding(codebook, units.get(unit), YEAR, "amount", CODERS.get(observer), values[unit]);
                }
            }
        }
    }

    @Test
    void reliabilityGivesThePublishedAlphasOnEveryLevel() {
        JsonPath rating = reliability("rating");
        assertThat(rating.getDouble("dimensions[0].nominal.alpha")).isCloseTo(0.743, within(0.0005));
        assertThat(rating.getDouble("dimensions[0].ordinal.alpha")).isCloseTo(0.815, within(0.0005));
        assertThat(rating.getDouble("dimensions[0].interval.alpha")).isCloseTo(0.849, within(0.0005));
        assertThat(rating.getInt("dimensions[0].interval.pairableUnits")).isEqualTo(11);
        assertThat(rating.getInt("dimensions[0].interval.pairableValues")).isEqualTo(40);
        assertThat(rating.getString("dimensions[0].ratio")).as("an interval scale has no zero").isNull();
        assertThat(rating.getString("dimensions[0].masi")).as("single-valued").isNull();

        JsonPath amount = reliability("amount");
        assertThat(amount.getDouble("dimensions[0].interval.alpha")).isCloseTo(0.849, within(0.0005));
        assertThat(amount.getDouble("dimensions[0].ratio.alpha")).isCloseTo(0.797, within(0.0005));
    }

    @Test
    void alphaComesWithASeededBootstrapIntervalOnEveryLevel() {
        Map<String, Object> query = Map.of("codebook", codebook, "dimension", "rating", "from", YEAR, "to", YEAR,
                "replicates", 400, "seed", 11);
        JsonPath body = Fixtures.json(given().queryParams(query)
                .get("/api/v1/comparisons/reliability-data/alpha").then().statusCode(200).extract().response());
        assertThat(body.getList("alphas.alpha.metric", String.class))
                .containsExactly("NOMINAL", "ORDINAL", "INTERVAL");
        assertThat(body.getDouble("alphas[2].alpha.alpha")).isCloseTo(0.849, within(0.0005));
        for (int i = 0; i < 3; i++) {
            double alpha = body.getDouble("alphas[" + i + "].alpha.alpha");
            assertThat(body.getDouble("alphas[" + i + "].interval.lower")).isLessThanOrEqualTo(alpha);
            assertThat(body.getDouble("alphas[" + i + "].interval.upper")).isGreaterThanOrEqualTo(alpha);
            assertThat(body.getDouble("alphas[" + i + "].interval.level")).isEqualTo(0.95);
        }
        assertThat(body.getInt("bootstrap.replicates")).isEqualTo(400);
        assertThat(body.getString("bootstrap.method")).as("Krippendorff's own bootstrap by default")
                .isEqualTo("pairs");
        JsonPath units = Fixtures.json(given().queryParams(query).queryParam("method", "units")
                .get("/api/v1/comparisons/reliability-data/alpha").then().statusCode(200).extract().response());
        assertThat(units.getString("bootstrap.method")).isEqualTo("units");
        assertThat(units.getDouble("alphas[2].interval.lower"))
                .isNotEqualTo(body.getDouble("alphas[2].interval.lower"));
        assertThat(units.getDouble("alphas[2].interval.lower")).isLessThanOrEqualTo(0.849);
        assertThat(Fixtures.json(given().queryParams(query).get("/api/v1/comparisons/reliability-data/alpha")
                .then().extract().response()).getDouble("alphas[2].interval.lower"))
                .as("seeded: the same interval again").isEqualTo(body.getDouble("alphas[2].interval.lower"));

        given().queryParams(Map.of("codebook", codebook, "dimension", "rating", "replicates", "many"))
                .get("/api/v1/comparisons/reliability-data/alpha").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("replicates"));
        given().queryParams(Map.of("codebook", codebook, "dimension", "rating", "method", "jackknife"))
                .get("/api/v1/comparisons/reliability-data/alpha").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("method"));
    }

    @Test
    void theExportedMatrixReadBackGivesTheSameAlphas() throws Exception {
        Response response = given().queryParams(Map.of("codebook", codebook, "dimension", "rating",
                        "from", YEAR, "to", YEAR))
                .get("/api/v1/comparisons/reliability-data/matrix").then().statusCode(200).extract().response();
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("attachment").contains(codebook);
        byte[] bytes = response.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("byte order mark")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<List<String>> rows = csv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));

        List<String> header = rows.get(0);
        assertThat(header).containsExactly("case", "case_id", "year", "observer-a", "observer-b", "observer-c",
                "observer-d");
        assertThat(rows).hasSize(13);
        List<Coding> readBack = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row.get(2)).isEqualTo(Integer.toString(YEAR));
            for (int column = 3; column < header.size(); column++) {
                if (!row.get(column).isEmpty()) {
                    String value = Integer.toString((int) Double.parseDouble(row.get(column)));
                    readBack.add(new Coding(row.get(1), YEAR, header.get(column), List.of(value)));
                }
            }
        }
        CodeScale oneToFive = CodeScale.ordinal("1", "2", "3", "4", "5");
        assertThat(KrippendorffAlpha.nominal(readBack).alpha()).isCloseTo(0.743, within(0.0005));
        assertThat(KrippendorffAlpha.ordinal(readBack, oneToFive).alpha()).isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.interval(readBack, oneToFive).alpha()).isCloseTo(0.849, within(0.0005));
        String twelfth = units.get(11).slug();
        assertThat(rows.stream().filter(row -> row.get(0).equals(twelfth)).findFirst().orElseThrow())
                .as("unit 12: only observer B coded it").containsExactly(twelfth, units.get(11).id().toString(),
                        "2021", "", "3", "", "");
    }

    @Test
    void theMatrixAsJsonAndWithCodesListsEachCodersCodes() {
        JsonPath json = Fixtures.json(given().queryParams(Map.of("codebook", codebook, "dimension", "rating",
                        "from", YEAR, "to", YEAR, "format", "json"))
                .get("/api/v1/comparisons/reliability-data/matrix").then().statusCode(200)
                .contentType(ContentType.JSON).extract().response());
        assertThat(json.getString("scale")).isEqualTo("INTERVAL");
        assertThat(json.getList("coders", String.class)).containsExactlyElementsOf(CODERS);
        assertThat(json.getInt("n")).isEqualTo(12);

        String codes = given().queryParams(Map.of("codebook", codebook, "dimension", "rating", "from", YEAR,
                        "to", YEAR, "cells", "code"))
                .get("/api/v1/comparisons/reliability-data/matrix").then().statusCode(200).extract().asString();
        assertThat(codes).contains(units.get(11).slug() + "," + units.get(11).id() + ",2021,,3,,\r\n");
    }

    @Test
    void disagreementsListTheDisputedUnitsWithEachCodersCodes() {
        JsonPath body = Fixtures.json(given().queryParams(Map.of("codebook", codebook, "dimension", "rating",
                        "from", YEAR, "to", YEAR))
                .get("/api/v1/comparisons/reliability-data/disagreements").then().statusCode(200).extract()
                .response());
        // units 2, 6 and 8 are disputed; unit 12 has one coder, the others are unanimous
        List<String> expected = List.of(units.get(1), units.get(5), units.get(7)).stream()
                .map(unit -> unit.id().toString()).sorted().toList();
        assertThat(body.getList("units.caseId", String.class)).containsExactlyElementsOf(expected);
        int sixth = body.getList("units.caseId", String.class).indexOf(units.get(5).id().toString());
        assertThat(body.getMap("units[" + sixth + "].codes")).containsEntry("observer-a", List.of("1"))
                .containsEntry("observer-b", List.of("2")).containsEntry("observer-c", List.of("3"))
                .containsEntry("observer-d", List.of("4"));
    }

    @Test
    void aMatrixNeedsAKnownSingleValuedDimension() {
        given().queryParams(Map.of("codebook", codebook)).get("/api/v1/comparisons/reliability-data/matrix")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("dimension"));
        given().queryParams(Map.of("codebook", codebook, "dimension", "rating", "format", "xlsx"))
                .get("/api/v1/comparisons/reliability-data/matrix")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("format"));
    }

    @Test
    void anIntervalCodeNeedsItsValueAndARatioOneStartsAtZero() {
        Map<String, Object> noValue = Map.of("id", "1", "label", Map.of("en", "one"));
        Map<String, Object> negative = Map.of("id", "1", "label", Map.of("en", "one"), "value", -1);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of(
                        "slug", Fixtures.unique("bad-"), "title", Map.of("en", "bad"),
                        "dimensions", List.of(
                                Map.of("id", "a", "label", Map.of("en", "a"), "scale", "INTERVAL", "codes",
                                        List.of(noValue)),
                                Map.of("id", "b", "label", Map.of("en", "b"), "scale", "RATIO", "codes",
                                        List.of(negative)))))
                .post("/api/v1/codebooks").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("dimensions[0].codes[0].value",
                        "dimensions[1].codes[0].value"));
    }

    private JsonPath reliability(String dimension) {
        return Fixtures.json(given().queryParams(Map.of("codebook", codebook, "dimension", dimension,
                        "from", YEAR, "to", YEAR))
                .get("/api/v1/comparisons/reliability").then().statusCode(200).extract().response());
    }

    private static Map<String, Object> numeric(String id, String scale) {
        return Map.of("id", id, "label", Map.of("en", id), "scale", scale, "multiValued", false,
                "codes", IntStream.rangeClosed(1, 5).mapToObj(value -> Map.of("id", Integer.toString(value),
                        "label", Map.of("en", Integer.toString(value)), "value", value)).toList());
    }

    static List<List<String>> csv(String text) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
