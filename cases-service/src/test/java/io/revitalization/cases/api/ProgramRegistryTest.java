package io.revitalization.cases.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.cases.testing.Api;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.revitalization.cases.testing.Api.caseWith;
import static io.revitalization.cases.testing.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Programs' spans in fiscal years, their successors, phases and categories, and what cases may claim of them. */
@QuarkusTest
class ProgramRegistryTest {

    @Test
    void aProgramKeepsItsFiscalYearsSuccessorParentCategoriesAndProvenance() {
        String parent = program(Map.of());
        String successor = program(Map.of("startYear", "FY2020"));
        String code = program(Map.of("startYear", "FY2015", "endYear", "FY2019", "parent", parent,
                "successor", successor,
                "categories", List.of(Map.of("code", "seed", "kind", "PROJECT_TYPE", "name", Map.of("zh-TW", "萌芽型", "en", "seed")),
                        Map.of("code", "international-connection", "kind", "TRACK", "name", Map.of("zh-TW", "國際連結"))),
                "provenance", Map.of("endYear", "the ministry's closing report")));

        Api.anonymous().get("/api/v1/programs/" + code).then().statusCode(200)
                .body("startYear", equalTo(2015)).body("endYear", equalTo(2019))
                .body("start.kind", equalTo("JP_FISCAL")).body("start.gregorian", equalTo("FY2015"))
                .body("end.kind", equalTo("JP_FISCAL")).body("end.gregorian", equalTo("FY2019"))
                .body("parent", equalTo(parent)).body("successor", equalTo(successor))
                .body("categories.code", equalTo(List.of("seed", "international-connection")))
                .body("categories[0].name.zh-TW", equalTo("萌芽型")).body("categories[1].kind", equalTo("TRACK"))
                .body("provenance.endYear", equalTo("the ministry's closing report"));
        Api.anonymous().get("/api/v1/programs/" + parent).then().body("children", equalTo(List.of(code)));
    }

    @Test
    void aParentOrSuccessorMustBeAnotherProgramOfTheRegistryAndPhasesCannotLoop() {
        String parent = program(Map.of());
        String child = program(Map.of("parent", parent));

        Api.admin().body(body(parent, Map.of("parent", child))).put("/api/v1/programs/" + parent)
                .then().statusCode(400).body("errors.field", equalTo(List.of("parent")));
        Api.admin().body(body(unique("P"), Map.of("successor", "NO-SUCH-PROGRAM"))).post("/api/v1/programs")
                .then().statusCode(400).body("errors.field", equalTo(List.of("successor")));
        Api.admin().body(body(parent, Map.of("parent", parent))).put("/api/v1/programs/" + parent)
                .then().statusCode(400).body("errors.field", equalTo(List.of("parent")));
    }

    @Test
    void aCaseClaimingAProgramInAYearOutsideItsSpanIsA400NamingTheYear() {
        String code = program(Map.of("startYear", "FY2015", "endYear", "FY2019"));
        UUID lead = Api.university("JP");

        Response refused = Api.curator().body(caseWith(lead, Map.of("country", "JP",
                "programs", List.of(Map.of("program", code, "years", List.of("FY2018", 2024)))))).post("/api/v1/cases");

        refused.then().statusCode(400).body("errors.field", equalTo(List.of("programs[0].years[1]")))
                .body("errors[0].message", equalTo("2024 is outside the years of " + code + " (2015–2019)"));
        Api.curator().body(caseWith(lead, Map.of("country", "JP",
                "programs", List.of(Map.of("program", code, "years", List.of("FY2018", "FY2019")))))).post("/api/v1/cases")
                .then().statusCode(201);
    }

    @Test
    void groupingCasesByAProgramIncludesThoseListedUnderItsPhases() {
        String parent = program(Map.of());
        String phase = program(Map.of("parent", parent));
        String subPhase = program(Map.of("parent", phase));
        UUID lead = Api.university("TW");
        String underParent = unique("under-parent");
        String underPhase = unique("under-phase");
        String underSubPhase = unique("under-sub-phase");
        Api.create(caseWith(lead, Map.of("slug", underParent, "programs", List.of(Map.of("program", parent)))));
        Api.create(caseWith(lead, Map.of("slug", underPhase, "programs", List.of(Map.of("program", phase)))));
        Api.create(caseWith(lead, Map.of("slug", underSubPhase, "programs", List.of(Map.of("program", subPhase)))));

        Api.anonymous().queryParam("program", parent).get("/api/v1/cases").then().statusCode(200)
                .body("items.slug", equalTo(List.of(underParent, underPhase, underSubPhase).stream().sorted().toList()));
        Api.anonymous().queryParam("program", phase).get("/api/v1/cases").then()
                .body("items.slug", equalTo(List.of(underPhase, underSubPhase).stream().sorted().toList()));
    }

    @Test
    void aCaseNamesTheCategoriesOfAProgramItBelongsToAndNoOthers() {
        String code = program(Map.of("categories", List.of(
                Map.of("code", "deep-cultivation", "kind", "PROJECT_TYPE", "name", Map.of("zh-TW", "深耕型")),
                Map.of("code", "hub", "kind", "HUB", "name", Map.of("en", "hub")))));
        UUID lead = Api.university("TW");
        String slug = unique("categorized");

        Api.create(caseWith(lead, Map.of("slug", slug,
                "programs", List.of(Map.of("program", code, "categories", List.of("deep-cultivation"))))));
        Api.anonymous().get("/api/v1/cases/" + slug).then()
                .body("programs[0].categories", equalTo(List.of("deep-cultivation")));
        Api.curator().body(caseWith(lead, Map.of("programs", List.of(Map.of("program", code,
                        "categories", List.of("hub", "seed")))))).post("/api/v1/cases")
                .then().statusCode(400).body("errors.field", equalTo(List.of("programs[0].categories[1]")))
                .body("errors[0].message", equalTo("'seed' is no category of " + code + " (it defines deep-cultivation, hub)"));
    }

    @Test
    void aCategoryNeedsACodeAKindAndAName() {
        Api.admin().body(body(unique("P"), Map.of("categories", List.of(Map.of("code", "hub")))))
                .post("/api/v1/programs").then().statusCode(400)
                .body("errors.field", hasItem("categories[0].kind")).body("errors.field", hasItem("categories[0].name"));
    }

    /** Creates a program with these fields besides code, name and country; returns its code. */
    private static String program(Map<String, Object> fields) {
        String code = unique("PROGRAM").toUpperCase();
        Api.admin().body(body(code, fields)).post("/api/v1/programs").then().statusCode(201);
        return code;
    }

    private static Map<String, Object> body(String code, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "country", "JP",
                "name", Map.of("en", "Program " + code)));
        body.putAll(fields);
        return body;
    }
}
