package io.revitalization.support.security;

import java.util.Optional;
import java.util.UUID;

/** Who is calling, as the gateway-signed JWT says; {@link #ANONYMOUS} without a token. */
public record Caller(String subject, Role role, Optional<UUID> institution) {
    public static final Caller ANONYMOUS = new Caller("anonymous", Role.ANONYMOUS, Optional.empty());

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
