package io.revitalization.support.security;

import java.util.Locale;
import java.util.Optional;

/** What a caller may do; the value of the JWT {@code groups} claim. */
public enum Role {
    ANONYMOUS, PARTNER, CURATOR, ADMIN;

    public static final String PARTNER_NAME = "partner";
    public static final String CURATOR_NAME = "curator";
    public static final String ADMIN_NAME = "admin";

    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromClaim(String value) {
        for (Role role : values()) {
            if (role != ANONYMOUS && role.claimValue().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
