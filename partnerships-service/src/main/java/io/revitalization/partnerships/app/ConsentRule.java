package io.revitalization.partnerships.app;

import io.revitalization.partnerships.domain.Member;
import io.revitalization.partnerships.domain.MemberConsent;
import io.revitalization.partnerships.domain.MemberRole;
import io.revitalization.support.security.Caller;

import java.util.List;
import java.util.UUID;

/**
 * The consent of each member a write names. The caller's own institution is confirmed by naming itself. Curators
 * and admins (like the seed) vouch for the members they add; editing, they keep each existing member's consent.
 * A partner university's key makes every other institution it adds — or whose role it changes — pending, and
 * keeps the consent of the members it leaves as they were.
 */
@FunctionalInterface
interface ConsentRule {
    ConsentRule SEED = (institution, role) -> MemberConsent.CONFIRMED;

    MemberConsent of(UUID institution, MemberRole role);

    /** @param before the members before this write (none for a new partnership) */
    static ConsentRule namedBy(Caller caller, List<Member> before) {
        return (institution, role) -> {
            if (caller.belongsTo(institution)) {
                return MemberConsent.CONFIRMED;
            }
            Member existing = before.stream().filter(m -> m.institutionId.equals(institution)).findFirst()
                    .orElse(null);
            if (existing != null && (caller.isAtLeastCurator() || existing.role == role)) {
                return existing.consent;
            }
            return caller.isAtLeastCurator() ? MemberConsent.CONFIRMED : MemberConsent.PENDING;
        };
    }
}
