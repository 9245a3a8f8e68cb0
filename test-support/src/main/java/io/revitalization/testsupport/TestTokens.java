package io.revitalization.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Caller JWTs as the gateway issues them (docs/architecture.md, "Identity"), signed with the TEST-ONLY key pair
 * {@code test-jwt/privateKey.pem} / {@code test-jwt/publicKey.pem} of this module. Each method returns the compact
 * token, e.g. for {@code given().auth().oauth2(TestTokens.curator())}. A service's {@code %test} profile verifies
 * them with:
 *
 * <pre>
 * %test.mp.jwt.verify.publickey.location=classpath:test-jwt/publicKey.pem
 * %test.mp.jwt.verify.issuer=revitalization-gateway
 * %test.mp.jwt.verify.audiences=revitalization-services
 * </pre>
 */
public final class TestTokens {

    public static final String ISSUER = "revitalization-gateway";
    public static final String AUDIENCE = "revitalization-services";
    public static final String PARTNER = "partner";
    public static final String CURATOR = "curator";
    public static final String ADMIN = "admin";
    /** The claim carrying the API key's label (service-support's {@code CallerContext.NAME_CLAIM}). */
    public static final String NAME_CLAIM = "name";

    private static final Set<String> GROUPS = Set.of(PARTNER, CURATOR, ADMIN);
    private static final Duration LIFETIME = Duration.ofSeconds(120);
    private static final PrivateKey SIGNING_KEY = readPrivateKey("test-jwt/privateKey.pem");

    private TestTokens() {
    }

    /** A partner of the given institution. */
    public static String partner(UUID institution) {
        return issue(UUID.randomUUID(), PARTNER, institution);
    }

    public static String curator() {
        return issue(UUID.randomUUID(), CURATOR, null);
    }

    public static String admin() {
        return issue(UUID.randomUUID(), ADMIN, null);
    }

    /**
     * @param apiKeyId    the {@code sub}: the id of the API key the gateway exchanged
     * @param group       {@link #PARTNER}, {@link #CURATOR} or {@link #ADMIN}
     * @param institution the {@code institution} claim; required for a partner, {@code null} for none
     */
    public static String issue(UUID apiKeyId, String group, UUID institution) {
        Instant now = Instant.now();
        return claims(apiKeyId, group, institution, now, now.plus(LIFETIME)).sign(SIGNING_KEY);
    }

    /** As {@link #issue(UUID, String, UUID)}, with the {@code name} claim: the API key's label, as the gateway signs it. */
    public static String issue(UUID apiKeyId, String group, UUID institution, String name) {
        Instant now = Instant.now();
        return claims(apiKeyId, group, institution, now, now.plus(LIFETIME)).claim(NAME_CLAIM, name).sign(SIGNING_KEY);
    }

    /** A token of a new key named {@code name}. */
    public static String named(String group, UUID institution, String name) {
        return issue(UUID.randomUUID(), group, institution, name);
    }

    /** Well signed, but it expired five minutes ago (beyond any clock skew a verifier allows). */
    public static String expired(String group) {
        Instant expiry = Instant.now().minus(Duration.ofMinutes(5));
        return claims(UUID.randomUUID(), group, institutionFor(group), expiry.minus(LIFETIME), expiry).sign(SIGNING_KEY);
    }

    /**
     * Well signed by the trusted key, with the times given: a token issued in the future, or one that lives longer
     * than the gateway gives, as someone holding the signing key could make one.
     */
    public static String withTimes(String group, Instant issuedAt, Instant expiresAt) {
        return claims(UUID.randomUUID(), group, institutionFor(group), issuedAt, expiresAt).sign(SIGNING_KEY);
    }

    /** Valid claims signed with a key nobody trusts, as an attacker would make one. */
    public static String forged(String group) {
        Instant now = Instant.now();
        try {
            PrivateKey attackersKey = KeyUtils.generateKeyPair(2048).getPrivate();
            return claims(UUID.randomUUID(), group, institutionFor(group), now, now.plus(LIFETIME)).sign(attackersKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(UUID apiKeyId, String group, UUID institution, Instant issuedAt,
                                           Instant expiresAt) {
        if (!GROUPS.contains(group)) {
            throw new IllegalArgumentException("Unknown group " + group + "; one of " + GROUPS);
        }
        if (PARTNER.equals(group) && institution == null) {
            throw new IllegalArgumentException("A partner token names the partner's institution");
        }
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(apiKeyId.toString())
                .groups(group)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
        return institution == null ? claims : claims.claim("institution", institution.toString());
    }

    private static UUID institutionFor(String group) {
        return PARTNER.equals(group) ? UUID.randomUUID() : null;
    }

    private static PrivateKey readPrivateKey(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not a PKCS#8 PEM private key: " + resource, e);
        }
    }
}
