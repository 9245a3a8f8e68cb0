package io.revitalization.support.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedCallerTokensTest {
    private static final String ISSUER = "revitalization-gateway";

    private final KeyPair gatewayKeys = rsaKeys();
    private final JWTAuthContextInfo verification = new JWTAuthContextInfo(
            (RSAPublicKey) gatewayKeys.getPublic(), ISSUER);
    private final VerifiedCallerTokens tokens = new VerifiedCallerTokens();

    @Test
    void aTokenIsVerifiedOnceAndKeptWhileItLives() throws Exception {
        String token = signed(gatewayKeys.getPrivate(), "curator", 120);

        JWTCallerPrincipal first = tokens.parse(token, verification);
        JWTCallerPrincipal again = tokens.parse(token, verification);

        assertThat(first.getName()).isEqualTo("curator");
        assertThat(again).isSameAs(first);
        assertThat(tokens.kept()).isEqualTo(1);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedAndNotKept() throws Exception {
        String forged = signed(rsaKeys().getPrivate(), "admin", 120);

        assertThatThrownBy(() -> tokens.parse(forged, verification)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(forged, verification)).isInstanceOf(ParseException.class);
        assertThat(tokens.kept()).isZero();
    }

    @Test
    void aKeptTokenIsRefusedOnceItHasExpired() throws Exception {
        verification.setClockSkew(0); // the verifier would otherwise take a token up to a minute past its expiry
        String token = signed(gatewayKeys.getPrivate(), "partner", 2);
        assertThat(tokens.parse(token, verification).getName()).isEqualTo("partner");

        long expiry = Instant.now().getEpochSecond() + 2;
        while (Instant.now().getEpochSecond() <= expiry) {
            Thread.sleep(100);
        }

        assertThatThrownBy(() -> tokens.parse(token, verification)).isInstanceOf(ParseException.class);
        assertThat(tokens.kept()).isZero();
    }

    private static String signed(PrivateKey key, String subject, long lifetimeSeconds) throws JoseException {
        JwtClaims claims = new JwtClaims();
        long now = Instant.now().getEpochSecond();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setStringClaim("upn", subject);
        claims.setIssuedAt(NumericDate.fromSeconds(now));
        claims.setExpirationTime(NumericDate.fromSeconds(now + lifetimeSeconds));
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(key);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        return signature.getCompactSerialization();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
