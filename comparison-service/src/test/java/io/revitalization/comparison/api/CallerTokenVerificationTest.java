package io.revitalization.comparison.api;

import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.support.security.VerifiedCallerTokens;
import io.revitalization.testsupport.TestTokens;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Caller tokens are verified through the suite's verifier that keeps each verified token while it lives. */
@QuarkusTest
class CallerTokenVerificationTest {
    @Inject
    JWTCallerPrincipalFactory verifier;

    @Test
    void aKeptTokenStillAuthenticatesAndAnAlteredOneIsRefused() {
        assertThat(verifier).isInstanceOf(VerifiedCallerTokens.class);
        String token = TestTokens.curator();
        String missing = "/api/v1/codings/" + UUID.randomUUID();

        given().auth().oauth2(token).delete(missing).then().statusCode(404);
        given().auth().oauth2(token).delete(missing).then().statusCode(404);
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        given().auth().oauth2(altered).delete(missing).then().statusCode(401);
    }
}
