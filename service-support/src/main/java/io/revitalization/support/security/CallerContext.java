package io.revitalization.support.security;

import io.revitalization.support.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/** The caller of the current request, taken from the verified JWT (smallrye-jwt checks signature and claims). */
@RequestScoped
public class CallerContext {
    public static final String INSTITUTION_CLAIM = "institution";
    /** The API key's label, shown as the author of what the key wrote. */
    public static final String NAME_CLAIM = "name";

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
        Optional<String> name = Optional.ofNullable(token.<Object>getClaim(NAME_CLAIM))
                .map(claim -> claim instanceof JsonString text ? text.getString() : claim.toString());
        return new Caller(token.getSubject(), role, institution, name);
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
