package io.revitalization.gateway.edge.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.gateway.app.KeySecrets;
import io.revitalization.gateway.domain.ApiKey;
import io.revitalization.gateway.persistence.ApiKeyRepository;
import io.revitalization.gateway.testing.AdminKeys;
import io.revitalization.gateway.testing.FakeServices;
import io.revitalization.gateway.testing.ForwardedTokens;
import io.revitalization.support.security.CallerContext;
import io.revitalization.testsupport.TestTokens;
import jakarta.inject.Inject;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AuthenticationTest {

    @Inject
    ApiKeyRepository repository;

    @Inject
    KeyDirectory directory;

    @Test
    void anAnonymousRequestIsForwardedWithoutCredentials() {
        given().when().get("/api/v1/cases")
                .then().statusCode(200)
                .body("headers.authorization", nullValue())
                .body("headers.x-api-key", nullValue());
    }

    @Test
    void aBearerTokenFromTheClientIsNeverForwarded() {
        given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/cases")
                .then().statusCode(200)
                .body("headers.authorization", nullValue());
    }

    @Test
    void aKeyBecomesASignedShortLivedTokenWithTheCallersClaims() throws Exception {
        AdminKeys.Issued partner = AdminKeys.partnerOfKochi();
        List<String> forwarded = given().header("X-API-Key", partner.key())
                .when().get("/api/v1/cases")
                .then().statusCode(200)
                .body("headers.x-api-key", nullValue())
                .extract().jsonPath().getList("headers.authorization");

        assertThat(forwarded).hasSize(1);
        JwtClaims claims = ForwardedTokens.verify(forwarded.get(0));
        assertThat(claims.getSubject()).isEqualTo(partner.id());
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("partner");
        assertThat(claims.getStringClaimValue("institution")).isEqualTo(FakeServices.KOCHI_ID);
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertThat(lifetime).isEqualTo(120);
        assertThat(claims.getExpirationTime().getValue()).isCloseTo(Instant.now().getEpochSecond() + 120, within(5L));
    }

    @Test
    void theTokenNamesTheKeyByItsLabelSoServicesShowAuthorsWithoutKeyIds() throws Exception {
        AdminKeys.Issued partner = AdminKeys.issue(Map.of("role", "partner", "institution", FakeServices.KOCHI_SLUG,
                "label", "Kochi University – partner office"));
        String forwarded = given().header("X-API-Key", partner.key())
                .when().get("/api/v1/cases")
                .then().statusCode(200)
                .extract().jsonPath().getString("headers.authorization[0]");

        JwtClaims claims = ForwardedTokens.verify(forwarded);
        assertThat(claims.getStringClaimValue(CallerContext.NAME_CLAIM)).isEqualTo("Kochi University – partner office");
        assertThat(claims.getSubject()).isEqualTo(partner.id());
    }

    @Test
    void theAuthorizationApiKeySchemeWorksTooAndTheTokenIsReused() {
        AdminKeys.Issued curator = AdminKeys.issue(java.util.Map.of("role", "curator"));
        String first = given().header("Authorization", "ApiKey " + curator.key())
                .when().get("/api/v1/codings")
                .then().statusCode(200)
                .extract().jsonPath().getString("headers.authorization[0]");
        String second = given().header("Authorization", "ApiKey " + curator.key())
                .when().get("/api/v1/comparisons/overview")
                .then().statusCode(200)
                .extract().jsonPath().getString("headers.authorization[0]");
        assertThat(first).startsWith("Bearer ").isEqualTo(second);
    }

    @Test
    void aKeyWithABearerTokenBesideItForwardsOnlyTheGatewaysToken() throws Exception {
        AdminKeys.Issued curator = AdminKeys.issue(java.util.Map.of("role", "curator"));
        String forwarded = given().header("X-API-Key", curator.key()).auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/cases")
                .then().statusCode(200)
                .extract().jsonPath().getString("headers.authorization[0]");
        assertThat(ForwardedTokens.verify(forwarded).getStringListClaimValue("groups")).containsExactly("curator");
    }

    @Test
    void anUnknownKeyIsRefusedAtTheGateway() {
        given().header("X-API-Key", KeySecrets.newKey())
                .when().get("/api/v1/cases")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "ApiKey header=\"X-API-Key\"")
                .body("status", equalTo(401))
                .body("detail", equalTo("the API key is unknown, revoked or expired"));
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        AdminKeys.Issued partner = AdminKeys.partnerOfKochi();
        given().header("X-API-Key", partner.key()).when().get("/api/v1/cases").then().statusCode(200);
        AdminKeys.revoke(partner.id());
        given().header("X-API-Key", partner.key()).when().get("/api/v1/cases").then().statusCode(401);
    }

    @Test
    void anExpiredKeyIsRefused() {
        String secret = KeySecrets.newKey();
        storeKeyExpiringAt(secret, OffsetDateTime.now().plusSeconds(1));
        directory.reload();
        given().header("X-API-Key", secret).when().get("/api/v1/cases").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() ->
                given().header("X-API-Key", secret).when().get("/api/v1/cases").then().statusCode(401));
    }

    @Test
    void aKeyIssuedBehindThisGatewaysBackIsPickedUpByTheRefresh() {
        String secret = KeySecrets.newKey();
        storeKeyExpiringAt(secret, OffsetDateTime.now().plusDays(1));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() ->
                given().header("X-API-Key", secret).when().get("/api/v1/cases").then().statusCode(200));
    }

    private void storeKeyExpiringAt(String secret, OffsetDateTime expiry) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.keyHash = KeySecrets.hash(secret);
        key.label = "stored by a test";
        key.role = "curator";
        key.createdAt = OffsetDateTime.now();
        key.createdBy = "test";
        key.expiresAt = expiry;
        QuarkusTransaction.requiringNew().run(() -> repository.persist(key));
    }
}
