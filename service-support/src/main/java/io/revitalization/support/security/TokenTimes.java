package io.revitalization.support.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;

/**
 * Refuses a signed caller token that claims to be issued in the future (beyond the clock skew the verifier allows),
 * which would stretch its life past what the gateway gives. smallrye-jwt checks the rest: expiry, and a lifetime
 * ({@code exp - iat}) above {@code smallrye.jwt.time-to-live}, which is the gateway's token lifetime
 * ({@code caller-tokens.lifetime-seconds}).
 */
@ApplicationScoped
public class TokenTimes implements SecurityIdentityAugmentor {
    private final long clockSkewSeconds;

    public TokenTimes(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long clockSkewSeconds) {
        this.clockSkewSeconds = clockSkewSeconds;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token
                && token.getIssuedAtTime() > Instant.now().getEpochSecond() + clockSkewSeconds) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token is issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }
}
