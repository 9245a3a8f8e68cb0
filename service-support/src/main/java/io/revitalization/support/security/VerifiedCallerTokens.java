package io.revitalization.support.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Duration;
import java.time.Instant;

/**
 * Verifies each caller token once. The gateway sends a caller the same signed token until it renews it, so verifying
 * its signature and reading its claims on every request (an RSA verification and a JSON parse: 7–8 % of a service's
 * CPU under writes) repeated the same work. A verified token is kept, by its exact text, until it expires; from then
 * on it is verified again, and so refused. Nothing else changes: the token's lifetime is checked when it is first
 * verified and holds for its whole life, and {@link TokenTimes} still runs on every request. A token that fails
 * verification is never kept.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedCallerTokens extends JWTCallerPrincipalFactory {
    /** Far more than the keys in use at once; the least recently used go first beyond it. */
    static final int MAX_KEPT = 10_000;

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final Cache<String, JWTCallerPrincipal> verified = Caffeine.newBuilder()
            .maximumSize(MAX_KEPT)
            .expireAfter(Expiry.<String, JWTCallerPrincipal>creating((token, principal) ->
                    Duration.ofSeconds(Math.max(0, principal.getExpirationTime() - now()))))
            .build();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        JWTCallerPrincipal kept = verified.getIfPresent(token);
        if (kept != null && kept.getExpirationTime() > now()) {
            return kept;
        }
        JWTCallerPrincipal principal = verifier.parse(token, authContextInfo);
        verified.put(token, principal);
        return principal;
    }

    /** How many verified tokens are kept now. */
    long kept() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
