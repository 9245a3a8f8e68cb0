package io.revitalization.partnerships.api;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.partnerships.testing.Api;
import io.revitalization.partnerships.testing.Bodies;
import io.revitalization.partnerships.testing.TestInstitutions.Known;
import io.revitalization.partnerships.testing.TestInstitutions;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.revitalization.partnerships.testing.Api.PARTNERSHIPS;
import static io.revitalization.partnerships.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PhaseTest {
    private final TestInstitutions institutions;

    PhaseTest(TestInstitutions institutions) {
        this.institutions = institutions;
    }

    private static Map<String, Object> phase(String phase, String at, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("phase", phase);
        body.put("at", at);
        body.put("reason", Map.of("en", reason, "zh-TW", "理由：" + reason));
        body.put("evidence", List.of(Map.of("source", "Joint report", "locator", "p. 3", "quote", reason,
                "url", "https://example.org/report.pdf")));
        return body;
    }

    @Test
    void theLeadAndCuratorsDeclarePhasesAndTheHistoryKeepsFromToWhenWhyAndEvidence() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        String slug = Bodies.slug("phases");
        Api.create(Bodies.partnership(slug, lead, partner), TestTokens.curator());

        as(TestTokens.partner(lead.id())).header("If-Match", "\"1\"")
                .body(phase("BENCHMARKING", "2022-04-01", "Taiwan visits Kochi's satellite offices"))
                .put(PARTNERSHIPS + "/" + slug + "/phase")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("sequence", equalTo(1)).body("from", nullValue()).body("to", equalTo("BENCHMARKING"));
        as(TestTokens.curator()).header("If-Match", "\"2\"")
                .body(phase("CO_CREATION", "2024-09-01", "co-designed competition brief"))
                .put(PARTNERSHIPS + "/" + slug + "/phase")
                .then().statusCode(200).body("from", equalTo("BENCHMARKING")).body("to", equalTo("CO_CREATION"));

        given().get(PARTNERSHIPS + "/" + slug).then().body("phase", equalTo("CO_CREATION"));
        given().get(PARTNERSHIPS + "/" + slug + "/phase-history").then().statusCode(200)
                .body("items.sequence", contains(1, 2))
                .body("items.from", contains(null, "BENCHMARKING"))
                .body("items.to", contains("BENCHMARKING", "CO_CREATION"))
                .body("items.at", contains("2022-04-01", "2024-09-01"))
                .body("items[1].reason.en", equalTo("co-designed competition brief"))
                .body("items[1].evidence[0].url", equalTo("https://example.org/report.pdf"));
    }

    @Test
    void aPhaseWithoutADateIsDeclaredToday() {
        Known lead = institutions.university("lead", "TW");
        String slug = Bodies.slug("today");
        Api.create(Bodies.partnership(slug, lead, institutions.university("partner", "JP")), TestTokens.curator());
        Map<String, Object> body = phase("BENCHMARKING", null, "first field visits");
        body.remove("at");

        as(TestTokens.curator()).body(body).put(PARTNERSHIPS + "/" + slug + "/phase")
                .then().statusCode(200).body("at", equalTo(LocalDate.now().toString()));
    }

    @Test
    void onlyCuratorsAdminsAndTheLeadMemberDeclareAPhase() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        Known outsider = institutions.university("outsider", "JP");
        String slug = Bodies.slug("phase-authz");
        Api.create(Bodies.partnership(slug, lead, partner), TestTokens.curator());
        Map<String, Object> body = phase("CO_CREATION", "2024-01-01", "joint outputs");

        given().contentType("application/json").body(body).put(PARTNERSHIPS + "/" + slug + "/phase")
                .then().statusCode(401);
        as(TestTokens.partner(partner.id())).body(body).put(PARTNERSHIPS + "/" + slug + "/phase")
                .then().statusCode(403);
        as(TestTokens.partner(outsider.id())).body(body).put(PARTNERSHIPS + "/" + slug + "/phase")
                .then().statusCode(403);
        given().get(PARTNERSHIPS + "/" + slug).then().body("phase", nullValue());

        as(TestTokens.admin()).body(body).put(PARTNERSHIPS + "/" + slug + "/phase").then().statusCode(200);
    }

    @Test
    void aPhaseChangeNeedsAReasonANewPhaseAndTheCurrentVersion() {
        Known lead = institutions.university("lead", "TW");
        String slug = Bodies.slug("phase-rules");
        Api.create(Bodies.partnership(slug, lead, institutions.university("partner", "JP")), TestTokens.curator());
        String phasePath = PARTNERSHIPS + "/" + slug + "/phase";

        Map<String, Object> noReason = phase("CO_CREATION", "2024-01-01", "x");
        noReason.remove("reason");
        as(TestTokens.curator()).body(noReason).put(phasePath)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(TestTokens.curator()).body(phase("FOURTH_PHASE", "2024-01-01", "x")).put(phasePath)
                .then().statusCode(400).body("errors.field", hasItem("phase"));

        as(TestTokens.curator()).body(phase("CO_CREATION", "2024-01-01", "joint outputs")).put(phasePath)
                .then().statusCode(200);
        as(TestTokens.curator()).body(phase("CO_CREATION", "2024-02-01", "again")).put(phasePath)
                .then().statusCode(409);
        as(TestTokens.curator()).header("If-Match", "\"1\"")
                .body(phase("THIRD_PHASE", "2025-01-01", "joint white paper")).put(phasePath)
                .then().statusCode(412);
        given().get(PARTNERSHIPS + "/" + slug + "/phase-history").then().body("items.to", contains("CO_CREATION"));
    }

    @Test
    void aPhaseChangeRequestIsAnUpdateAndChangesNothingByItself() {
        Known lead = institutions.university("lead", "TW");
        Known partner = institutions.university("partner", "JP");
        String slug = Bodies.slug("request");
        Api.create(Bodies.partnership(slug, lead, partner), TestTokens.curator());
        Map<String, Object> request = Bodies.update("PHASE_CHANGE_REQUEST", "2025-05-01", "MUTUAL");
        request.put("requestedPhase", "THIRD_PHASE");

        Api.post(slug, request, TestTokens.partner(partner.id()));

        given().get(PARTNERSHIPS + "/" + slug).then().body("phase", nullValue());
        given().get(PARTNERSHIPS + "/" + slug + "/updates")
                .then().body("items[0].requestedPhase", equalTo("THIRD_PHASE"));
    }
}
