package io.revitalization.gateway.edge.security;

import io.quarkus.runtime.StartupEvent;
import io.revitalization.gateway.app.KeyRevokedNotification;
import io.revitalization.gateway.config.GatewayConfig;
import io.revitalization.support.security.CallerContext;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs the short-lived RS256 JWT that tells a service who calls (claims in docs/architecture.md), and keeps one
 * per key until little of its lifetime is left: signing happens about once per key and minute and a half, not per
 * request. The private key is read once at start.
 */
@ApplicationScoped
public class CallerTokens {
    public static final String ISSUER = "revitalization-gateway";
    public static final String AUDIENCE = "revitalization-services";

    private final GatewayConfig.Tokens config;
    private final String signingKeyLocation;
    private final Map<UUID, SignedToken> byKey = new ConcurrentHashMap<>();
    private volatile PrivateKey signingKey;

    public CallerTokens(GatewayConfig config,
                        @ConfigProperty(name = "smallrye.jwt.sign.key.location") String signingKeyLocation) {
        this.config = config.tokens();
        this.signingKeyLocation = signingKeyLocation;
    }

    /** Fails the start when the signing key cannot be read, rather than every authenticated request later. */
    void readSigningKey(@Observes StartupEvent start) throws IOException, GeneralSecurityException {
        String pem = ResourceUtils.readResource(signingKeyLocation);
        if (pem == null) {
            throw new IllegalStateException("the JWT signing key smallrye.jwt.sign.key.location="
                    + signingKeyLocation + " does not exist");
        }
        signingKey = KeyUtils.decodePrivateKey(pem);
    }

    public String tokenFor(ActiveKey key) {
        Instant now = Instant.now();
        SignedToken cached = byKey.get(key.id());
        if (cached != null && now.isBefore(cached.renewAt())) {
            return cached.jwt();
        }
        SignedToken fresh = sign(key, now);
        byKey.put(key.id(), fresh);
        return fresh.jwt();
    }

    void forgetRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyRevokedNotification revoked) {
        byKey.remove(revoked.id());
    }

    private SignedToken sign(ActiveKey key, Instant now) {
        Instant lifetimeEnd = now.plus(config.lifetime());
        Instant expiry = key.expiresAt().filter(keyExpiry -> keyExpiry.isBefore(lifetimeEnd)).orElse(lifetimeEnd);
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(key.id().toString())
                .claim(CallerContext.NAME_CLAIM, key.label())
                .groups(key.role().claimValue())
                .issuedAt(now)
                .expiresAt(expiry);
        key.institution().ifPresent(institution -> claims.claim(CallerContext.INSTITUTION_CLAIM, institution.toString()));
        return new SignedToken(claims.sign(signingKey), expiry.minus(config.renewBefore()));
    }

    private record SignedToken(String jwt, Instant renewAt) {
    }
}
