package io.revitalization.cases.app;

import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.Role;

import java.util.UUID;

/** Who may write what: object-level rules, checked where the object is known. */
final class Access {
    static final String CASE_WRITERS =
            "only members of the case's lead institution, curators and admins may write this case";
    private Access() {
    }

    /** A case may be written by members of its lead institution, curators and admins. */
    static void requireCaseWriter(Caller caller, UUID leadInstitutionId) {
        if (!mayWriteCase(caller, leadInstitutionId)) {
            throw ProblemException.forbidden(CASE_WRITERS);
        }
    }

    static boolean mayWriteCase(Caller caller, UUID leadInstitutionId) {
        return caller.isAtLeastCurator() || caller.role() == Role.PARTNER && caller.belongsTo(leadInstitutionId);
    }

    /** The directory and the program registry are kept by curators and admins. */
    static void requireCurator(Caller caller) {
        if (!caller.isAtLeastCurator()) {
            throw ProblemException.forbidden("only curators and admins may change the institution directory and "
                    + "the program registry");
        }
    }
}
