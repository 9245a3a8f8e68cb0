package io.revitalization.gateway.testing;

import io.smallrye.jwt.util.KeyUtils;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;

/** Verifies a token the gateway forwarded the way a service does: signature, issuer, audience, expiry. */
public final class ForwardedTokens {
    private static final JwtConsumer VERIFIER = new JwtConsumerBuilder()
            .setVerificationKey(publicKey())
            .setExpectedIssuer("revitalization-gateway")
            .setExpectedAudience("revitalization-services")
            .setRequireExpirationTime()
            .setRequireSubject()
            .build();

    private ForwardedTokens() {
    }

    public static JwtClaims verify(String authorizationHeader) throws InvalidJwtException {
        if (!authorizationHeader.startsWith("Bearer ")) {
            throw new IllegalArgumentException("not a bearer token: " + authorizationHeader);
        }
        return VERIFIER.processToClaims(authorizationHeader.substring("Bearer ".length()));
    }

    private static PublicKey publicKey() {
        try (InputStream in = ForwardedTokens.class.getClassLoader().getResourceAsStream("test-jwt/publicKey.pem")) {
            return KeyUtils.decodePublicKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
