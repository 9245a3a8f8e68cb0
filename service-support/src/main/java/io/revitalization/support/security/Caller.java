package io.revitalization.support.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, as the gateway-signed JWT says; {@link #ANONYMOUS} without a token. {@code subject} is the API
 * key's id, which only admins may see; {@code name} is the key's label, what other readers are shown of an author.
 */
public record Caller(String subject, Role role, Optional<UUID> institution, Optional<String> name) {
    public static final Caller ANONYMOUS = new Caller("anonymous", Role.ANONYMOUS, Optional.empty());

    public Caller(String subject, Role role, Optional<UUID> institution) {
        this(subject, role, institution, Optional.empty());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isAnonymous() {
        return role == Role.ANONYMOUS;
    }

    public boolean isAtLeastCurator() {
        return role == Role.CURATOR || role == Role.ADMIN;
    }

    public boolean belongsTo(UUID institutionId) {
        return institution.filter(institutionId::equals).isPresent();
    }

    /** Sensitive content (e.g. community memory of a disaster) is for curators and admins only. */
    public boolean maySeeSensitive() {
        return isAtLeastCurator();
    }
}
