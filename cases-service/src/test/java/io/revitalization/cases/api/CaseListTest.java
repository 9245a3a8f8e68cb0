package io.revitalization.cases.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.revitalization.cases.seed.CasesSeedLoader;
import io.revitalization.cases.testing.Api;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.revitalization.cases.testing.Api.caseWith;
import static io.revitalization.cases.testing.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CaseListTest {
    @Inject
    CasesSeedLoader seed;

    private UUID lead;
    private UUID company;
    private String jpCase;
    private String usrCase;
    private String sdgCase;

    @BeforeEach
    void createCases() {
        seed.load();
        lead = Api.university("TW");
        company = Api.institution("COMPANY", "TW");
        jpCase = slugOf(caseWith(lead, Map.of("slug", unique("a-jp"), "country", "JP",
                "region", Map.of("prefecture", Map.of("zh-TW", "滋賀縣", "ja", "滋賀県", "en", "Shiga Prefecture")),
                "period", Map.of("startYear", "平成28年", "endYear", "令和2年"))));
        usrCase = slugOf(caseWith(lead, Map.of("slug", unique("b-usr"),
                "programs", List.of(Map.of("program", "MOE-USR-PHASE-3", "years", List.of(2023))),
                "institutions", List.of(Map.of("institution", company.toString(), "role", "ENTERPRISE")),
                "period", Map.of("startYear", 2023, "ongoing", true))));
        sdgCase = slugOf(caseWith(lead, Map.of("slug", unique("c-sdg"), "sdgs", List.of(4, 11),
                "themes", List.of("learning-city"),
                "stakeholders", List.of(Map.of("kind", "SCHOOL", "description", Map.of("en", "local schools")))))); 
    }

    @Test
    void eachFilterSelectsTheCasesItNames() {
        assertThat(list(Map.of())).containsExactly(jpCase, usrCase, sdgCase);
        assertThat(list(Map.of("country", "JP"))).containsExactly(jpCase);
        assertThat(list(Map.of("program", "MOE-USR-PHASE-3"))).containsExactly(usrCase);
        assertThat(list(Map.of("sdg", "11"))).containsExactly(sdgCase);
        assertThat(list(Map.of("theme", "learning-city"))).containsExactly(sdgCase);
        assertThat(list(Map.of("stakeholderKind", "ENTERPRISE"))).containsExactly(usrCase);
        assertThat(list(Map.of("stakeholderKind", "SCHOOL"))).containsExactly(sdgCase);
        assertThat(list(Map.of("region", "滋賀"))).containsExactly(jpCase);
        assertThat(list(Map.of("region", "shiga"))).containsExactly(jpCase);
        assertThat(list(Map.of("yearFrom", "2021"))).containsExactly(usrCase);
        assertThat(list(Map.of("yearFrom", "2019", "yearTo", "民國110年"))).containsExactly(jpCase);
        assertThat(list(Map.of("yearTo", "平成27年"))).isEmpty();
        assertThat(Api.slugsOf(Api.anonymous().queryParam("institution", company.toString()).get("/api/v1/cases")))
                .containsExactly(usrCase);
    }

    @Test
    void idsSelectTheCasesTheyNameByIdOrSlugInOneRequest() {
        String usrId = Api.anonymous().get("/api/v1/cases/" + usrCase).path("id");
        Response named = Api.anonymous().queryParam("ids", sdgCase + ", " + usrId + ",no-such-case,kochi-ubc")
                .get("/api/v1/cases");

        named.then().statusCode(200);
        assertThat(Api.slugsOf(named)).containsExactlyInAnyOrder("kochi-ubc", usrCase, sdgCase);
        assertThat(list(Map.of("ids", jpCase + "," + sdgCase, "country", "JP"))).containsExactly(jpCase);
        expect400(Map.of("ids", java.util.stream.IntStream.range(0, 201).mapToObj(i -> "case-" + i)
                .collect(java.util.stream.Collectors.joining(","))), "ids");
        expect400(Map.of("ids", ",,"), "ids");
    }

    @Test
    void pagesFollowTheCursorAndTheLinkHeaderToTheEnd() {
        List<String> seen = new ArrayList<>();
        Response page = Api.anonymous().queryParam("institution", lead.toString()).queryParam("limit", 2)
                .get("/api/v1/cases");
        page.then().statusCode(200);
        seen.addAll(Api.slugsOf(page));
        String link = page.header("Link");
        assertThat(link).contains("rel=\"next\"").contains("cursor=").startsWith("</api/v1/cases?");
        String next = page.path("next");

        Response last = Api.anonymous().queryParam("institution", lead.toString()).queryParam("limit", 2)
                .queryParam("cursor", next).get("/api/v1/cases");
        seen.addAll(Api.slugsOf(last));

        last.then().body("next", equalTo(null));
        assertThat(last.header("Link")).isNull();
        assertThat(seen).containsExactly(jpCase, usrCase, sdgCase);
    }

    @Test
    void badFiltersAndPagingAre400NamingTheParameter() {
        expect400(Map.of("sdg", "0"), "sdg");
        expect400(Map.of("sdg", "18"), "sdg");
        expect400(Map.of("sdg", "four"), "sdg");
        expect400(Map.of("country", "Japan"), "country");
        expect400(Map.of("yearFrom", "令和0年"), "yearFrom");
        expect400(Map.of("yearTo", "sometime"), "yearTo");
        expect400(Map.of("stakeholderKind", "ALIENS"), "stakeholderKind");
        expect400(Map.of("institution", "no-such-institution"), "institution");
        expect400(Map.of("limit", "0"), "limit");
        expect400(Map.of("limit", "201"), "limit");
        expect400(Map.of("limit", "many"), "limit");
        expect400(Map.of("cursor", "not a cursor!"), "cursor");
    }

    private List<String> list(Map<String, String> filters) {
        Response response = Api.anonymous().queryParam("institution", lead.toString()).queryParams(filters)
                .get("/api/v1/cases");
        response.then().statusCode(200);
        return Api.slugsOf(response);
    }

    private static void expect400(Map<String, String> params, String field) {
        Api.anonymous().queryParams(params).get("/api/v1/cases").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    private static String slugOf(Map<String, Object> body) {
        Api.create(body);
        return (String) body.get("slug");
    }
}
