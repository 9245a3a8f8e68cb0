package io.revitalization.comparison.api;

import io.revitalization.comparison.testing.Fixtures;
import io.revitalization.testsupport.http.ChangeStream;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Comparison reads are conditional and cached per data version; a change is announced on the event stream. */
@QuarkusTest
class CachingAndChangesTest {
    private static final Pattern COMPUTATIONS = Pattern.compile(
            "comparison_computations_total\\{endpoint=\"distributions\"[^}]*} ([0-9.E]+)");

    @TestHTTPResource("/api/v1/comparisons/changes")
    URL changes;

    // relative to the management interface's root, /q
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void anUnchangedComparisonIsNeitherRecomputedNorResent() {
        String codebook = Fixtures.codebook();
        String country = Fixtures.unique("E");
        TestCase x = Fixtures.knownCase(country, List.of("P"), UUID.randomUUID());
        Fixtures.coding(codebook, x, 2021, "value", "c1", "x");
        Map<String, String> query = Map.of("codebook", codebook, "dimension", "value", "groups", country);

        String etag = given().queryParams(query).get("/api/v1/comparisons/distributions")
                .then().statusCode(200)
                .header("Cache-Control", containsString("no-cache"))
                .extract().header("ETag");
        double computed = computations();

        given().queryParams(query).header("If-None-Match", etag).get("/api/v1/comparisons/distributions")
                .then().statusCode(304).header("ETag", equalTo(etag));
        given().queryParams(query).get("/api/v1/comparisons/distributions")
                .then().statusCode(200).header("ETag", equalTo(etag));
        assertThat(computations()).as("neither the 304 nor the second read computed anything").isEqualTo(computed);

        TestCase y = Fixtures.knownCase(country, List.of("P"), UUID.randomUUID());
        Fixtures.coding(codebook, y, 2021, "value", "c1", "y");
        given().queryParams(query).header("If-None-Match", etag).get("/api/v1/comparisons/distributions")
                .then().statusCode(200).header("ETag", not(equalTo(etag)))
                .body("groups[0].years[0].distribution.n", equalTo(2));
        assertThat(computations()).isEqualTo(computed + 1);
    }

    @Test
    void aListOfGroupsIsConditionalAndAnsweredApartFromItsPair() {
        String codebook = Fixtures.codebook();
        List<String> countries = List.of(Fixtures.unique("L"), Fixtures.unique("L"), Fixtures.unique("L"));
        for (String country : countries) {
            Fixtures.coding(codebook, Fixtures.knownCase(country, List.of(), UUID.randomUUID()), 2021, "stage", "c1",
                    "m");
        }
        for (String read : List.of("distance", "trend", "thesis")) {
            Map<String, String> listed = Map.of("codebook", codebook, "dimension", "stage",
                    "groups", String.join(",", countries), "bootstrap", "10");
            Map<String, String> pair = Map.of("codebook", codebook, "dimension", "stage",
                    "a", countries.get(0), "b", countries.get(1), "bootstrap", "10");
            String path = "/api/v1/comparisons/" + read;
            String etag = given().queryParams(read.equals("distance") ? listed : without(listed, "bootstrap"))
                    .get(path).then().statusCode(200).body("pairs.size()", equalTo(3)).extract().header("ETag");
            given().queryParams(read.equals("distance") ? listed : without(listed, "bootstrap"))
                    .header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", equalTo(etag));
            given().queryParams(read.equals("distance") ? pair : without(pair, "bootstrap"))
                    .header("If-None-Match", etag).get(path).then().statusCode(200)
                    .header("ETag", not(equalTo(etag))).body("a.key", equalTo(countries.get(0)));
        }
    }

    private static Map<String, String> without(Map<String, String> params, String name) {
        Map<String, String> copy = new java.util.HashMap<>(params);
        copy.remove(name);
        return copy;
    }

    @Test
    void theSameQueryWrittenDifferentlyHasTheSameETag() {
        String codebook = Fixtures.codebook();
        String country = Fixtures.unique("E");
        TestCase x = Fixtures.knownCase(country, List.of("P"), UUID.randomUUID());
        Fixtures.coding(codebook, x, 2021, "value", "c1", "x");

        String first = given().queryParams(Map.of("codebook", codebook, "dimension", "value", "groups", country))
                .get("/api/v1/comparisons/distributions").then().statusCode(200).extract().header("ETag");
        String second = given().queryParams(Map.of("groups", country + " ", "dimension", "value",
                        "codebook", codebook, "from", "2021", "to", "2025"))
                .get("/api/v1/comparisons/distributions").then().statusCode(200).extract().header("ETag");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theChangeStreamAnnouncesANewCoding() throws Exception {
        String codebook = Fixtures.codebook();
        TestCase x = Fixtures.knownCase(Fixtures.unique("S"), List.of("P"), UUID.randomUUID());
        try (ChangeStream stream = ChangeStream.open(changes)) {
            assertThat(stream.contentType()).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/event-stream"));
            long readyVersion = stream.await("ready", event -> true).get("dataVersion").asLong();

            Fixtures.coding(codebook, x, 2023, "stage", "c1", "s");

            long changedVersion = stream.await("change", event -> event.toString().contains("\"stage\""))
                    .get("dataVersion").asLong();
            assertThat(changedVersion).isGreaterThan(readyVersion);
        }
    }

    private double computations() {
        String text = given().get(metrics).then().statusCode(200).extract().asString();
        Matcher matcher = COMPUTATIONS.matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
