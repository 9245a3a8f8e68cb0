package io.revitalization.systemtests;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.revitalization.systemtests.support.SuiteExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Issue 18's records, through the gateway: a COC+ record with its consortium, yearly targets and fiscal years is
 * read back as written; a claim outside a program's span is refused naming the field; seed provenance and
 * citations are served.
 */
class ResearchRecordsTest {
    @RegisterExtension
    static final SuiteExtension SUITE = new SuiteExtension();

    private static final List<String> COC_PLUS_YEARS = List.of("FY2015", "FY2016", "FY2017", "FY2018", "FY2019");

    @Test
    void iwateUniversitysCocPlusRecordIsReadBackUnchangedAndACocPlusClaimFor2024IsRefused() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String iwate = institution("iwate-university-" + suffix, "UNIVERSITY", Map.of("ja", "岩手大学", "en", "Iwate University"));
        String prefecture = institution("iwate-prefecture-" + suffix, "LOCAL_GOVERNMENT", Map.of("ja", "岩手県", "en", "Iwate Prefecture"));
        // Iwate's figures as issue 18 quotes them: local employment of graduates 45 % -> 55 % by FY2019; new jobs 0 -> 16
        Map<String, Object> employment = new HashMap<>(Map.of("code", "local-employment-rate",
                "name", Map.of("en", "Local employment rate of graduates"), "unit", "percent",
                "kind", "LOCAL_EMPLOYMENT_RATE", "program", "MEXT-COC-PLUS", "scope", "CONSORTIUM",
                "baseline", 45, "target", 55, "targetYear", "FY2019",
                "targets", List.of(Map.of("year", "FY2019", "value", 55))));
        employment.put("denominator", Map.of("en", "graduates of the consortium's universities"));
        Map<String, Object> jobs = Map.of("code", "new-jobs", "name", Map.of("en", "New jobs"), "unit", "jobs",
                "kind", "JOBS_CREATED", "program", "MEXT-COC-PLUS", "scope", "PREFECTURE",
                "baseline", 0, "target", 16, "targetYear", "FY2019",
                "targets", List.of(Map.of("year", "FY2019", "value", 16)));
        Map<String, Object> record = new HashMap<>(Map.of(
                "slug", "iwate-coc-plus-" + suffix,
                "title", Map.of("en", "Iwate University's COC+ consortium"),
                "country", "JP",
                "leadInstitution", iwate,
                "institutions", List.of(Map.of("institution", iwate, "role", "LEAD_UNIVERSITY"),
                        Map.of("institution", prefecture, "role", "LOCAL_GOVERNMENT")),
                "programs", List.of(Map.of("program", "MEXT-COC-PLUS", "years", COC_PLUS_YEARS)),
                "indicators", List.of(employment, jobs)));

        asAdmin().body(record).post("/api/v1/cases").then().statusCode(201);

        JsonPath read = given().baseUri(SUITE.gatewayUrl()).get("/api/v1/cases/" + record.get("slug"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(read.getList("institutions.institution.slug")).containsExactly(iwate, prefecture);
        assertThat(read.getList("institutions.role")).containsExactly("LEAD_UNIVERSITY", "LOCAL_GOVERNMENT");
        assertThat(read.getList("programs[0].display.gregorian")).isEqualTo(COC_PLUS_YEARS);
        assertThat(read.getList("programs[0].display.kind")).containsOnly("JP_FISCAL");
        for (int i = 0; i < 2; i++) {
            Map<String, Object> written = i == 0 ? employment : jobs;
            String path = "indicators[" + i + "].";
            assertThat(read.getString(path + "code")).isEqualTo(written.get("code"));
            assertThat(read.getString(path + "kind")).isEqualTo(written.get("kind"));
            assertThat(read.getString(path + "scope")).isEqualTo(written.get("scope"));
            assertThat(read.getString(path + "program")).isEqualTo("MEXT-COC-PLUS");
            assertThat(read.getDouble(path + "baseline")).isEqualTo(((Number) written.get("baseline")).doubleValue());
            assertThat(read.getDouble(path + "target")).isEqualTo(((Number) written.get("target")).doubleValue());
            assertThat(read.getString(path + "targetYearDisplay.gregorian")).isEqualTo("FY2019");
            assertThat(read.getString(path + "targets[0].display.gregorian")).isEqualTo("FY2019");
            assertThat(read.getDouble(path + "targets[0].value")).isEqualTo(read.getDouble(path + "target"));
        }
        assertThat(read.getString("indicators[0].denominator.en")).isEqualTo("graduates of the consortium's universities");

        Map<String, Object> claim2024 = new HashMap<>(record);
        claim2024.put("slug", "iwate-coc-plus-2024-" + suffix);
        claim2024.put("programs", List.of(Map.of("program", "MEXT-COC-PLUS", "years", List.of(2024))));
        asAdmin().body(claim2024).post("/api/v1/cases").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("programs[0].years[0]")));
    }

    @Test
    void seedProvenanceSourcesAndCitationsAreServed() {
        given().baseUri(SUITE.gatewayUrl()).get("/api/v1/programs/MOE-USR-PHASE-2").then().statusCode(200)
                .body("provenance.startYear", equalTo("project brief (issue #3); not in the seed text"));
        given().baseUri(SUITE.gatewayUrl()).get("/api/v1/sources/seed:000_33b908bba84e1ab1").then().statusCode(200)
                .body("kind", equalTo("TEXT"));
        given().baseUri(SUITE.gatewayUrl()).get("/api/v1/cases/kochi-ubc/citations").then().statusCode(200)
                .contentType(startsWith("application/vnd.citationstyles.csl+json"))
                .body("[0].type", equalTo("manuscript")).body("[0].locator", equalTo("II.A ¶2"));
        given().baseUri(SUITE.gatewayUrl()).queryParam("format", "bibtex").get("/api/v1/cases/kochi-ubc/citations")
                .then().statusCode(200).contentType(startsWith("application/x-bibtex"))
                .body(startsWith("@unpublished{kochi-ubc-1,"));
    }

    private static String institution(String slug, String kind, Map<String, String> name) {
        asAdmin().body(Map.of("slug", slug, "kind", kind, "name", name, "country", "JP"))
                .post("/api/v1/institutions").then().statusCode(201);
        return slug;
    }

    private static RequestSpecification asAdmin() {
        return given().baseUri(SUITE.gatewayUrl()).header("X-API-Key", SUITE.adminKey()).contentType(ContentType.JSON);
    }
}
