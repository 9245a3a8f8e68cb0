package io.revitalization.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.util.KeyUtils;

/** Verifies the tokens the way a service does: signature by the test public key, issuer, audience, expiry. */
class TestTokensTest {

    private final JwtConsumer verifier = verifier();

    @Test
    void partnerTokenCarriesTheClaimsOfTheGateway() throws Exception {
        UUID institution = UUID.randomUUID();

        JwtClaims claims = verifier.processToClaims(TestTokens.partner(institution));

        assertThat(claims.getIssuer()).isEqualTo("revitalization-gateway");
        assertThat(claims.getAudience()).containsExactly("revitalization-services");
        assertThat(UUID.fromString(claims.getSubject())).isNotNull();
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("partner");
        assertThat(claims.getStringClaimValue("institution")).isEqualTo(institution.toString());
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(120);
    }

    @Test
    void curatorAndAdminTokensNameTheirGroupAndNoInstitution() throws Exception {
        JwtClaims curator = verifier.processToClaims(TestTokens.curator());
        JwtClaims admin = verifier.processToClaims(TestTokens.admin());

        assertThat(curator.getStringListClaimValue("groups")).isEqualTo(List.of("curator"));
        assertThat(admin.getStringListClaimValue("groups")).isEqualTo(List.of("admin"));
        assertThat(curator.hasClaim("institution")).isFalse();
    }

    @Test
    void expiredAndForgedTokensAreRejected() {
        assertThatThrownBy(() -> verifier.processToClaims(TestTokens.expired(TestTokens.CURATOR)))
                .isInstanceOfSatisfying(InvalidJwtException.class, e -> assertThat(e.hasExpired()).isTrue());
        assertThatThrownBy(() -> verifier.processToClaims(TestTokens.forged(TestTokens.ADMIN)))
                .isInstanceOfSatisfying(InvalidJwtException.class,
                        e -> assertThat(e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)).isTrue());
    }

    @Test
    void aPartnerTokenWithoutInstitutionIsRefused() {
        assertThatThrownBy(() -> TestTokens.issue(UUID.randomUUID(), TestTokens.PARTNER, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static JwtConsumer verifier() {
        try (InputStream in = TestTokensTest.class.getClassLoader().getResourceAsStream("test-jwt/publicKey.pem")) {
            return new JwtConsumerBuilder()
                    .setVerificationKey(KeyUtils.decodePublicKey(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .setExpectedIssuer("revitalization-gateway")
                    .setExpectedAudience("revitalization-services")
                    .setRequireExpirationTime()
                    .setAllowedClockSkewInSeconds(60)
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
