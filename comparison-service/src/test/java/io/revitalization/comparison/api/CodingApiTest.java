package io.revitalization.comparison.api;

import io.revitalization.comparison.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.revitalization.comparison.testing.Fixtures.TestCase;
import io.revitalization.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Recording codings and codebooks: validation that names the field, authorization, round trips. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodingApiTest {
    private String codebook;
    private TestCase known;

    @BeforeEach
    void prepareOnce() {
        if (codebook == null) {
            codebook = Fixtures.codebook();
            known = Fixtures.knownCase(Fixtures.unique("C"), List.of("P-1"), UUID.randomUUID());
        }
    }

    private Map<String, Object> coding(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of("codebook", codebook, "codebookVersion", 1,
                "case", known.slug(), "year", 2023, "dimension", "value", "codes", List.of("x"),
                "coder", Fixtures.unique("coder-")));
        body.putAll(changes);
        return body;
    }

    private io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/codings").then();
    }

    @Test
    void aCodingRoundTripsWithCjkAndEmojiByteForByte() {
        String quote = "將一段被污名化的工殤歷史，轉化為追悼的敘事 🕯️🌊 「女神、女鬼與女兒」";
        String location = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(coding(Map.of("evidence", Map.of("source", "seed:000", "locator", "III.B ¶2", "quote", quote),
                        "note", "ノート 📝", "confidence", 0.75)))
                .post("/api/v1/codings")
                .then().statusCode(201).header("ETag", notNullValue())
                .extract().header("Location");

        org.assertj.core.api.Assertions.assertThat(location).startsWith("/api/v1/codings/"); // relative, as every service's
        given().get(location).then().statusCode(200)
                .body("evidence.quote", equalTo(quote))
                .body("note", equalTo("ノート 📝"))
                .body("caseSlug", equalTo(known.slug()))
                .body("codebook.slug", equalTo(codebook))
                .body("confidence", equalTo(0.75f));
        given().queryParam("case", known.slug()).queryParam("dimension", "value").get("/api/v1/codings")
                .then().statusCode(200).body("items.evidence.quote", hasItem(quote));
    }

    @Test
    void anEvidenceUrlIsStoredAndOnlyHttpAndHttpsAreAccepted() {
        String url = "https://example.org/usr/report.pdf#page=12";
        String id = post(coding(Map.of("evidence", Map.of("source", "report", "quote", "q", "url", url))))
                .statusCode(201).body("evidence.url", equalTo(url)).extract().path("id");
        given().get("/api/v1/codings/" + id).then().statusCode(200).body("evidence.url", equalTo(url));
        for (String refused : List.of("javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "ftp://example.org/x", "//example.org/x", "https://")) {
            post(coding(Map.of("evidence", Map.of("source", "report", "url", refused)))).statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("evidence.url"));
        }
        Map<String, Object> linkedCodebook = Map.of("slug", Fixtures.unique("linked-"), "title", Map.of("en", "L"),
                "dimensions", List.of(Map.of("id", "v", "label", Map.of("en", "v"), "scale", "NOMINAL",
                        "multiValued", false, "evidence", List.of(Map.of("source", "s", "url", url),
                                Map.of("source", "s", "url", "javascript:alert(1)")),
                        "codes", List.of(Map.of("id", "a", "label", Map.of("en", "a"))))));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(linkedCodebook)
                .post("/api/v1/codebooks").then().statusCode(400)
                .body("errors[0].field", equalTo("dimensions[0].evidence[1].url"));
    }

    @Test
    void authorsAreShownByTheirKeysLabelAndInstitutionAndTheKeyIdOnlyToAdmins() {
        UUID keyId = UUID.randomUUID();
        String label = Fixtures.unique("Kochi second reader ");
        String curator = TestTokens.issue(keyId, TestTokens.CURATOR, null);
        String named = TestTokens.named(TestTokens.CURATOR, null, label);
        String id = given().auth().oauth2(named).contentType(ContentType.JSON)
                .body(coding(Map.of("year", 2021, "coder", label))).post("/api/v1/codings")
                .then().statusCode(201).body("createdBy", equalTo(label)).extract().path("id");
        for (String reader : List.of("", curator, TestTokens.partner(UUID.randomUUID()))) {
            (reader.isEmpty() ? given() : given().auth().oauth2(reader)).get("/api/v1/codings/" + id)
                    .then().statusCode(200).body("createdBy", equalTo(label)).body("createdByKey", equalTo(null))
                    .body(not(containsString(keyId.toString())));
        }
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/codings/" + id).then().statusCode(200)
                .body("createdBy", equalTo(label)).body("createdByKey", notNullValue());

        String admin = TestTokens.named(TestTokens.ADMIN, null, "codebook editor");
        String slug = Fixtures.unique("authored-");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("slug", slug,
                        "title", Map.of("en", "Authored"), "dimensions", List.of(Map.of("id", "value",
                                "label", Map.of("en", "Value"), "scale", "NOMINAL", "multiValued", false,
                                "codes", List.of(Map.of("id", "x", "label", Map.of("en", "x")))))))
                .post("/api/v1/codebooks").then().statusCode(201).body("createdByKey", notNullValue());
        given().get("/api/v1/codebooks/" + slug).then().statusCode(200).body("createdBy", equalTo("codebook editor"))
                .body("createdByKey", equalTo(null));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/codebooks/" + slug).then().statusCode(200)
                .body("createdByKey", notNullValue());
    }

    @Test
    void aCuratorCodesAsItselfAndOnlyAnAdminNamesAnotherCoder() {
        String label = Fixtures.unique("curator ");
        String curator = TestTokens.named(TestTokens.CURATOR, null, label);
        Map<String, Object> withoutCoder = coding(Map.of("year", 2025));
        withoutCoder.remove("coder");
        given().auth().oauth2(curator).contentType(ContentType.JSON).body(withoutCoder).post("/api/v1/codings")
                .then().statusCode(201).body("coder", equalTo(label));
        given().auth().oauth2(curator).contentType(ContentType.JSON)
                .body(coding(Map.of("year", 2024, "coder", "seed-reading"))).post("/api/v1/codings")
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("coder"));
        given().auth().oauth2(curator).contentType(ContentType.JSON)
                .body(coding(Map.of("year", 2024, "coder", label))).post("/api/v1/codings")
                .then().statusCode(201).body("coder", equalTo(label));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(coding(Map.of("year", 2024, "coder", "seed-reading"))).post("/api/v1/codings")
                .then().statusCode(201).body("coder", equalTo("seed-reading"));
    }

    @Test
    void unknownDimensionNamesTheDimension() {
        post(coding(Map.of("dimension", "no-such-dimension"))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("dimension"))
                .body("errors[0].message", containsString("no-such-dimension"));
    }

    @Test
    void aCodeOutsideTheCodebookVersionNamesItsPosition() {
        post(coding(Map.of("dimension", "method", "codes", List.of("e", "not-a-code")))).statusCode(400)
                .body("errors[0].field", equalTo("codes[1]"));
    }

    @Test
    void aSingleValuedDimensionTakesOneCode() {
        post(coding(Map.of("codes", List.of("x", "y")))).statusCode(400).body("errors.field", hasItem("codes"));
    }

    @Test
    void yearsOutOfRangeAreRefused() {
        post(coding(Map.of("year", 1850))).statusCode(400).body("errors[0].field", equalTo("year"));
        post(coding(Map.of("year", 2101))).statusCode(400).body("errors[0].field", equalTo("year"));
        post(coding(Map.of("year", "twenty"))).statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("year", "twenty").get("/api/v1/codings").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().queryParam("limit", "500").get("/api/v1/codings").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void anUnknownCaseIsNamed() {
        post(coding(Map.of("case", "no-such-case"))).statusCode(400).body("errors[0].field", equalTo("case"));
        given().queryParam("case", "no-such-case").get("/api/v1/codings").then().statusCode(400)
                .body("errors[0].field", equalTo("case"));
    }

    @Test
    void anUnknownCodebookVersionIsNamed() {
        post(coding(Map.of("codebookVersion", 7))).statusCode(400)
                .body("errors[0].field", equalTo("codebookVersion"));
    }

    @Test
    void missingFieldsUnknownFieldsAndOverlongTextAreNamed() {
        Map<String, Object> withoutCodes = coding(Map.of());
        withoutCodes.remove("codes");
        post(withoutCodes).statusCode(400).body("errors[0].field", equalTo("codes"));
        post(coding(Map.of("id", UUID.randomUUID().toString()))).statusCode(400).body("errors[0].field", equalTo("id"));
        post(coding(Map.of("note", "長".repeat(2001)))).statusCode(400).body("errors[0].field", equalTo("note"));
        post(coding(Map.of("confidence", 1.5))).statusCode(400).body("errors[0].field", equalTo("confidence"));
    }

    @Test
    void sqlMetacharactersAreJustText() {
        String coder = "o'brien\"; DROP TABLE coding; --";
        post(coding(Map.of("coder", coder))).statusCode(201).body("coder", equalTo(coder));
        given().queryParam("coder", coder).get("/api/v1/codings").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].coder", equalTo(coder));
    }

    @Test
    void aCoderCodesAUnitOnceAndMayDeleteToReplace() {
        Map<String, Object> body = coding(Map.of("year", 2024));
        String id = post(body).statusCode(201).extract().path("id");
        post(body).statusCode(409);
        given().auth().oauth2(TestTokens.curator()).header("If-Match", "\"2\"").delete("/api/v1/codings/" + id)
                .then().statusCode(412);
        given().auth().oauth2(TestTokens.curator()).delete("/api/v1/codings/" + id).then().statusCode(204);
        given().get("/api/v1/codings/" + id).then().statusCode(404);
        post(body).statusCode(201);
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstResponse() {
        Map<String, Object> body = coding(Map.of("year", 2022));
        String key = UUID.randomUUID().toString();
        String admin = TestTokens.issue(UUID.randomUUID(), TestTokens.ADMIN, null);
        String first = given().auth().oauth2(admin).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/codings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/codings").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    @Test
    void onlyCuratorsAndAdminsCode() {
        given().contentType(ContentType.JSON).body(coding(Map.of())).post("/api/v1/codings").then().statusCode(401);
        given().auth().oauth2(TestTokens.partner(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(coding(Map.of())).post("/api/v1/codings").then().statusCode(403);
        given().auth().oauth2(TestTokens.expired(TestTokens.CURATOR)).contentType(ContentType.JSON)
                .body(coding(Map.of())).post("/api/v1/codings").then().statusCode(401);
        given().auth().oauth2(TestTokens.forged(TestTokens.CURATOR)).contentType(ContentType.JSON)
                .body(coding(Map.of())).post("/api/v1/codings").then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(coding(Map.of())).post("/api/v1/codings").then().statusCode(201);
    }

    @Test
    void onlyAdminsChangeCodebooksAndAChangeIsANewVersion() {
        Map<String, Object> version2 = Map.of("title", Map.of("en", "Test codebook, revised"),
                "dimensions", List.of(Map.of("id", "value", "label", Map.of("en", "Value"), "scale", "NOMINAL",
                        "multiValued", false, "codes", List.of(Map.of("id", "w", "label", Map.of("en", "w"))))));
        String path = "/api/v1/codebooks/" + codebook + "/versions";
        given().contentType(ContentType.JSON).body(version2).post(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(version2).post(path)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(version2).post(path)
                .then().statusCode(201).body("version", equalTo(2));

        given().get("/api/v1/codebooks/" + codebook).then().statusCode(200).body("version", equalTo(2))
                .body("dimensions", hasSize(1));
        given().get("/api/v1/codebooks/" + codebook + "/versions/1").then().statusCode(200)
                .body("dimensions", hasSize(4)).body("title.en", equalTo("Test codebook"))
                .body("title.empty", equalTo(null));
        post(coding(Map.of("codebookVersion", 2))).statusCode(400).body("errors[0].field", equalTo("codes[0]"));
        post(coding(Map.of("codebookVersion", 2, "codes", List.of("w")))).statusCode(201)
                .body("codebook.version", equalTo(2));
        given().get("/api/v1/codebooks/" + codebook + "/versions/3").then().statusCode(404);
    }

    @Test
    void anInvalidCodebookIsRefusedWithTheFieldsNamed() {
        Map<String, Object> ordinalWithoutOrder = Map.of("slug", Fixtures.unique("bad-"),
                "title", Map.of("en", "Bad"),
                "dimensions", List.of(Map.of("id", "stage", "label", Map.of("en", "Stage"), "scale", "ORDINAL",
                        "multiValued", false, "codes", List.of(Map.of("id", "a", "label", Map.of("en", "a"))))));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(ordinalWithoutOrder)
                .post("/api/v1/codebooks").then().statusCode(400)
                .body("errors[0].field", equalTo("dimensions[0].codes[0].order"));
        Map<String, Object> noLabel = Map.of("slug", Fixtures.unique("bad-"), "title", Map.of(),
                "dimensions", List.of());
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(noLabel)
                .post("/api/v1/codebooks").then().statusCode(400)
                .body("errors.field", hasItem("dimensions"));
        Map<String, Object> takenSlug = Map.of("slug", codebook, "title", Map.of("en", "again"), "dimensions",
                List.of(Map.of("id", "v", "label", Map.of("en", "v"), "scale", "NOMINAL", "multiValued", false,
                        "codes", List.of(Map.of("id", "a", "label", Map.of("en", "a"))))));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(takenSlug)
                .post("/api/v1/codebooks").then().statusCode(409);
    }
}
