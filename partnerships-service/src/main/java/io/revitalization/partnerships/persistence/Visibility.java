package io.revitalization.partnerships.persistence;

import java.util.Optional;
import java.util.UUID;

/**
 * Which partnerships a reader may see: every one (curators, admins), or the public ones plus those the reader's
 * institution is a member of.
 */
public record Visibility(boolean everything, Optional<UUID> memberInstitution) {

    /** The condition on a partnership alias {@code p}. */
    Conditions on(String alias) {
        Conditions conditions = new Conditions();
        if (everything) {
            return conditions;
        }
        if (memberInstitution.isEmpty()) {
            return conditions.add(alias + ".isPublic = true");
        }
        return conditions.add("(" + alias + ".isPublic = true or exists (select 1 from " + alias
                + ".members vm where vm.institutionId = :viewerInstitution))", "viewerInstitution",
                memberInstitution.get());
    }
}
