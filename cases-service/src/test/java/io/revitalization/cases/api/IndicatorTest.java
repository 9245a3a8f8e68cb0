package io.revitalization.cases.api;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.cases.testing.Api;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.revitalization.cases.testing.Api.caseWith;
import static io.revitalization.cases.testing.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Indicators with yearly targets beside actuals, a scope and a denominator, each year keeping what it counts. */
@QuarkusTest
class IndicatorTest {
    /** Round illustrative figures: several fiscal years of targets and actuals. */
    private static final Map<String, Object> JOBS = Map.of("code", "new-jobs", "name", Map.of("en", "New jobs"),
            "kind", "JOBS_CREATED", "scope", "PREFECTURE",
            "baseline", 0, "baselineYear", "FY2015", "target", 16, "targetYear", "FY2019",
            "targets", List.of(Map.of("year", "FY2017", "value", 8), Map.of("year", "FY2019", "value", 16)),
            "series", List.of(Map.of("year", "FY2016", "value", 3), Map.of("year", "FY2017", "value", 9)));
    private static final Map<String, Object> RATE = Map.of("code", "local-employment", "name", Map.of("en", "Local employment rate"),
            "unit", "percent", "kind", "LOCAL_EMPLOYMENT_RATE", "scope", "CONSORTIUM",
            "denominator", Map.of("en", "graduates of the consortium's universities"),
            "baseline", 45, "baselineYear", "110學年度", "target", 55, "targetYear", 2024);

    @Test
    void targetsActualsScopeDenominatorAndTheKindOfEveryYearAreReadBack() {
        String slug = unique("indicators");
        Api.create(caseWith(Api.university("JP"), Map.of("slug", slug, "indicators", List.of(JOBS, RATE))));

        Response read = Api.anonymous().get("/api/v1/cases/" + slug);

        read.then().statusCode(200)
                .body("indicators[0].kind", equalTo("JOBS_CREATED")).body("indicators[0].scope", equalTo("PREFECTURE"))
                .body("indicators[0].baselineYear", equalTo(2015))
                .body("indicators[0].baselineYearDisplay.gregorian", equalTo("FY2015"))
                .body("indicators[0].targetYearDisplay.kind", equalTo("JP_FISCAL"))
                .body("indicators[0].targets.display.gregorian", equalTo(List.of("FY2017", "FY2019")))
                .body("indicators[0].targets.value", equalTo(List.of(8f, 16f)))
                .body("indicators[0].series.display.gregorian", equalTo(List.of("FY2016", "FY2017")))
                .body("indicators[0].series.value", equalTo(List.of(3f, 9f)))
                .body("indicators[1].scope", equalTo("CONSORTIUM"))
                .body("indicators[1].denominator.en", equalTo("graduates of the consortium's universities"))
                .body("indicators[1].baselineYearDisplay.kind", equalTo("TW_ACADEMIC"))
                .body("indicators[1].baselineYearDisplay.roc", equalTo("110學年度"))
                .body("indicators[1].targetYearDisplay.kind", equalTo("CALENDAR"))
                .body("indicators[1].targets", equalTo(List.of()));
    }

    @Test
    void aTargetYearGivenTwiceIsA400NamingIt() {
        Map<String, Object> twice = Map.of("code", "jobs", "name", Map.of("en", "Jobs"), "targets",
                List.of(Map.of("year", "FY2017", "value", 8), Map.of("year", "平成29年度", "value", 9)));

        Api.curator().body(caseWith(Api.university("JP"), Map.of("indicators", List.of(twice)))).post("/api/v1/cases")
                .then().statusCode(400).body("errors.field", equalTo(List.of("indicators[0].targets[1].year")));
    }

    @Test
    void theCaseCsvCarriesIndicatorValues() throws IOException {
        UUID lead = Api.university("JP");
        String slug = unique("indicator-csv");
        Api.create(caseWith(lead, Map.of("slug", slug, "indicators", List.of(JOBS, RATE))));

        byte[] bytes = Api.anonymous().queryParam("format", "csv").queryParam("institution", lead.toString())
                .get("/api/v1/cases/export").asByteArray();

        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(text)) {
            List<List<String>> all = rows.readAll();
            String values = all.get(1).get(all.get(0).indexOf("indicator_values"));
            assertThat(values).isEqualTo("new-jobs: baseline 0 (FY2015); target 16 (FY2019); targets FY2017 8, FY2019 16; "
                    + "actuals FY2016 3, FY2017 9 | local-employment: baseline 45 (AY2021); target 55 (2024)");
        }
    }
}
