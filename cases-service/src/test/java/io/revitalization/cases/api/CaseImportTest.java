package io.revitalization.cases.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.cases.testing.Api;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.revitalization.cases.testing.Api.caseWith;
import static io.revitalization.cases.testing.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CaseImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void goodRecordsAreKeptAndEachBadOneIsReportedWithItsReasons() {
        UUID lead = Api.university("TW");
        String good = unique("import-good");
        String badCountry = unique("import-bad-country");
        List<Map<String, Object>> records = List.of(
                caseWith(lead, Map.of("slug", good, "sdgs", List.of(1))),
                caseWith(lead, Map.of("slug", badCountry, "country", "XX")),
                caseWith(lead, Map.of("slug", unique("import-bad-sdg"), "sdgs", List.of(18), "surprise", true)),
                Map.of("title", Map.of("en", "no slug"), "country", "TW", "leadInstitution", lead.toString()),
                caseWith(lead, Map.of("slug", good)));

        Response report = Api.curator().body(records).post("/api/v1/cases/import");

        report.then().statusCode(200)
                .body("received", equalTo(5)).body("created", equalTo(1)).body("rejected", equalTo(4))
                .body("rejections.index", equalTo(List.of(1, 2, 3, 4)))
                .body("rejections[0].slug", equalTo(badCountry))
                .body("rejections[0].errors[0].field", equalTo("country"))
                .body("rejections[1].errors[0].field", equalTo("surprise"))
                .body("rejections[2].errors[0].field", equalTo("slug"))
                .body("rejections[3].errors[0].message", org.hamcrest.Matchers.containsString("index 0"));
        Api.anonymous().get("/api/v1/cases/" + good).then().statusCode(200).body("sdgs", equalTo(List.of(1)));
        Api.anonymous().get("/api/v1/cases/" + badCountry).then().statusCode(404);
    }

    /** Records are read in batches of 500, the next while the one before is written: order and reasons hold across them. */
    @Test
    void anImportOfSeveralBatchesReportsEveryRecordAtItsIndexAndStoresTheGoodOnes() {
        UUID lead = Api.university("JP");
        String run = unique("batches");
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 1_201; i++) {
            records.add(caseWith(lead, Map.of("slug", run + "-" + i, "country", "JP",
                    "title", Map.of("ja", "長野県の地域づくり " + i, "en", "Placemaking in Nagano " + i))));
        }
        records.set(0, caseWith(lead, Map.of("slug", run + "-bad-country", "country", "XX")));
        records.set(600, caseWith(lead, Map.of("slug", run + "-bad-sdg", "sdgs", List.of(18))));
        records.set(777, caseWith(lead, Map.of("slug", run + "-100")));
        records.set(1_200, caseWith(lead, Map.of("slug", run + "-surprise", "surprise", true)));

        Response report = Api.curator().body(records).post("/api/v1/cases/import");

        report.then().statusCode(200)
                .body("received", equalTo(1_201)).body("created", equalTo(1_197)).body("rejected", equalTo(4))
                .body("rejections.index", equalTo(List.of(0, 600, 777, 1_200)))
                .body("rejections[0].errors[0].field", equalTo("country"))
                .body("rejections[1].errors[0].field", equalTo("sdgs[0]"))
                .body("rejections[1].errors[0].message", equalTo("must be less than or equal to 17"))
                .body("rejections[2].errors[0].message", org.hamcrest.Matchers.containsString("index 100 "))
                .body("rejections[3].errors[0].field", equalTo("surprise"));
        // each chunk is written in a transaction of its own, all of them as the request's one write
        assertThat(report.header("X-Consistency-Token")).endsWith(";revit.cases.v1=1197");
        Api.anonymous().get("/api/v1/cases/" + run + "-1199").then().statusCode(200);
        Api.anonymous().queryParam("q", "ちいきづくり 1199").get("/api/v1/cases/search").then().statusCode(200)
                .body("items.case.slug", equalTo(List.of(run + "-1199")));
    }

    @Test
    void importingTheSameRecordsAgainChangesNothingAndAChangedRecordMakesOneNewVersion() {
        UUID lead = Api.university("JP");
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            records.add(caseWith(lead, Map.of("slug", unique("idempotent"), "country", "JP")));
        }

        Api.curator().body(records).post("/api/v1/cases/import").then().body("created", equalTo(3));
        Api.curator().body(records).post("/api/v1/cases/import").then()
                .body("created", equalTo(0)).body("unchanged", equalTo(3)).body("updated", equalTo(0));
        records.set(1, caseWith(lead, Map.of("slug", records.get(1).get("slug"), "country", "JP", "sdgs", List.of(8))));
        Api.curator().body(records).post("/api/v1/cases/import").then()
                .body("updated", equalTo(1)).body("unchanged", equalTo(2));

        Api.anonymous().get("/api/v1/cases/" + records.get(1).get("slug")).then().body("version", equalTo(2));
        Api.anonymous().get("/api/v1/cases/" + records.get(0).get("slug")).then().body("version", equalTo(1));
    }

    @Test
    void ndjsonRecordsAreReportedByLine() throws Exception {
        UUID lead = Api.university("TW");
        String first = unique("ndjson-1");
        String third = unique("ndjson-3");
        String body = JSON.writeValueAsString(caseWith(lead, Map.of("slug", first))) + "\n"
                + "{\"slug\": \"broken\", \"title\": \n"
                + "\n"
                + JSON.writeValueAsString(caseWith(lead, Map.of("slug", third, "period", Map.of("startYear", "平成32年"))))
                + "\r\n";

        Response report = Api.curator().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/cases/import");

        report.then().statusCode(200)
                .body("received", equalTo(3)).body("created", equalTo(1)).body("rejected", equalTo(2))
                .body("rejections.line", equalTo(List.of(2, 4)))
                .body("rejections[0].errors[0].field", equalTo("body"))
                .body("rejections[1].errors[0].field", equalTo("period.startYear"))
                .body("rejections[1].errors[0].message", org.hamcrest.Matchers.containsString("平成"));
        Api.anonymous().get("/api/v1/cases/" + first).then().statusCode(200);
    }

    @Test
    void aPartnerImportsOnlyCasesItsInstitutionLeads() {
        UUID mine = Api.university("TW");
        UUID theirs = Api.university("TW");
        String theirSlug = unique("their-import");
        Api.create(caseWith(theirs, Map.of("slug", theirSlug)));
        List<Map<String, Object>> records = List.of(
                caseWith(mine, Map.of("slug", unique("my-import"))),
                caseWith(theirs, Map.of("slug", unique("planted-import"))),
                caseWith(mine, Map.of("slug", theirSlug)));

        Api.partnerOf(mine).body(records).post("/api/v1/cases/import").then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(2))
                .body("rejections.index", equalTo(List.of(1, 2)));
        Api.anonymous().get("/api/v1/cases/" + theirSlug).then().body("leadInstitution.id", equalTo(theirs.toString()));
    }

    @Test
    void aBodyThatIsNotAnArrayOrOverTheLimitsIsRefusedWhole() {
        Api.curator().body(Map.of("slug", "x")).post("/api/v1/cases/import").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        Api.curator().body("[{").post("/api/v1/cases/import").then().statusCode(400);
        String tooMany = java.util.stream.IntStream.range(0, 10_001).mapToObj(i -> "{}").collect(Collectors.joining(",", "[", "]"));
        Api.curator().body(tooMany).post("/api/v1/cases/import").then().statusCode(413);
    }
    @Test
    void anEmptyBodyIsAProblemNotAnImportOfNothing() {
        for (String type : List.of("application/x-ndjson", "application/json")) {
            for (String body : List.of("", "\n \r\n")) {
                Api.curator().contentType(type).body(body.getBytes(StandardCharsets.UTF_8))
                        .post("/api/v1/cases/import").then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors[0].field", equalTo("body"))
                        .body("errors[0].message", org.hamcrest.Matchers.containsString("empty"));
            }
        }
    }

    @Test
    void anImportMayBeLargerThanTheOneMegabyteEveryOtherPathTakes() {
        UUID lead = Api.university("JP");
        String summary = "大量匯入樣本甲乙丙丁戊。".repeat(410); // no term another test searches for
        List<Map<String, Object>> records = java.util.stream.IntStream.range(0, 36)
                .mapToObj(i -> caseWith(lead, Map.of("slug", unique("import-large"),
                        "summary", Map.of("ja", summary, "zh-TW", summary, "en", "x".repeat(4_000)))))
                .toList();
        byte[] body = JSON.valueToTree(records).toString().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(1_100_000);

        Api.curator().body(body).post("/api/v1/cases/import").then().statusCode(200)
                .body("created", equalTo(36)).body("rejected", equalTo(0));
        Api.curator().body(body).post("/api/v1/cases").then().statusCode(413);
    }

    @Test
    void aRecordWithTextTheDatabaseCannotStoreIsRejectedNamingTheFieldAndTheOthersAreKept() {
        UUID lead = Api.university("TW");
        String good = unique("import-safe");
        String unsafe = unique("import-unsafe");
        List<Map<String, Object>> records = List.of(
                caseWith(lead, Map.of("slug", good)),
                caseWith(lead, Map.of("slug", unsafe, "summary", Map.of("en", "a NUL \u0000 inside"))),
                caseWith(lead, Map.of("slug", unique("import-control"), "themes", List.of("a bell \u0007 rings"))));

        Api.curator().body(records).post("/api/v1/cases/import").then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(2))
                .body("rejections[0].errors[0].field", equalTo("summary.en"))
                .body("rejections[1].errors[0].field", equalTo("themes[0]"));
        Api.anonymous().get("/api/v1/cases/" + good).then().statusCode(200);
        Api.anonymous().get("/api/v1/cases/" + unsafe).then().statusCode(404);
    }
}
