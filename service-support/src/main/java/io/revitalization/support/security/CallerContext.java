package io.revitalization.support.security;

import io.revitalization.support.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/** The caller of the current request, taken from the verified JWT (smallrye-jwt checks signature and claims). */
@RequestScoped
public class CallerContext {
    public static final String INSTITUTION_CLAIM = "institution";

    private final JsonWebToken token;

    public CallerContext(JsonWebToken token) {
        this.token = token;
    }

    public Caller current() {
        if (token == null || token.getRawToken() == null) {
            return Caller.ANONYMOUS;
        }
        Role role = token.getGroups().stream()
                .map(Role::fromClaim)
                .flatMap(Optional::stream)
                .max(Enum::compareTo)
                .orElse(Role.ANONYMOUS);
        Optional<UUID> institution = Optional.ofNullable(token.<Object>getClaim(INSTITUTION_CLAIM))
                .map(Object::toString)
                .map(CallerContext::uuid);
        return new Caller(token.getSubject(), role, institution);
    }

    /** The caller, who must be authenticated (401 otherwise). */
    public Caller authenticated() {
        Caller caller = current();
        if (caller.isAnonymous()) {
            throw ProblemException.unauthorized("this operation needs an API key (sent through the gateway)");
        }
        return caller;
    }

    private static UUID uuid(String value) {
        String unquoted = value.replace("\"", "");
        try {
            return UUID.fromString(unquoted);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unauthorized("the token's institution claim is not an id");
        }
    }
}
