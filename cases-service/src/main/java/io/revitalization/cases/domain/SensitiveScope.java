package io.revitalization.cases.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Which sensitive cases a reader may see: all of them (curators, admins), those led by the reader's own
 * institution (partners), or none (anonymous readers).
 */
public record SensitiveScope(boolean all, Optional<UUID> ownInstitution) {
    public static final SensitiveScope ALL = new SensitiveScope(true, Optional.empty());

    public boolean covers(UUID leadInstitutionId) {
        return all || ownInstitution.filter(leadInstitutionId::equals).isPresent();
    }
}
