package io.revitalization.partnerships.app;

import io.revitalization.partnerships.domain.Partnership;
import io.revitalization.partnerships.persistence.Visibility;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.InstitutionAccess;

import java.util.UUID;

/**
 * Who may see and change what. Non-public partnerships are visible to their members, curators and admins only
 * (to anyone else they do not exist: 404) — pending members included, so that they can confirm. Curators and
 * admins manage partnerships; a partnership's confirmed lead member may edit it and declare its phase; only a
 * confirmed member institution posts updates, and only the posting institution corrects them.
 */
final class Access {
    private Access() {
    }

    static Visibility visibilityFor(Caller caller) {
        return new Visibility(caller.isAtLeastCurator(), caller.institution());
    }

    static boolean maySee(Caller caller, Partnership partnership) {
        return partnership.isPublic || caller.isAtLeastCurator()
                || caller.institution().filter(partnership::hasMember).isPresent();
    }

    /** Curators and admins, or the lead member. */
    static void requireSteward(Caller caller, Partnership partnership, String action) {
        InstitutionAccess.requireCuratorOrOf(caller, partnership::isLedBy,
                "only curators, admins and the partnership's lead member may " + action);
    }

    /** The caller's institution, which must be a confirmed member of the partnership. */
    static UUID requireMemberInstitution(Caller caller, Partnership partnership) {
        return caller.institution()
                .filter(partnership::hasConfirmedMember)
                .orElseThrow(() -> ProblemException.forbidden(caller.institution().filter(partnership::hasMember)
                        .isPresent() ? "your institution has not confirmed its membership of this partnership yet"
                        : "only a member institution of this partnership may post to it; your API key's "
                        + "institution is not a member"));
    }
}
