package io.revitalization.support.security;

import io.revitalization.support.problem.ProblemException;

import java.util.UUID;
import java.util.function.Predicate;

/**
 * The object-level rule the services share: curators and admins may, and so may a partner whose API key belongs to
 * the institution that owns the object (a case's lead institution, a partnership's lead member…). Refusals are 403.
 */
public final class InstitutionAccess {
    private InstitutionAccess() {
    }

    public static boolean isCuratorOrOf(Caller caller, UUID institutionId) {
        return isCuratorOrOf(caller, institutionId::equals);
    }

    /** Curators and admins, or a partner whose institution passes {@code owns}. */
    public static boolean isCuratorOrOf(Caller caller, Predicate<UUID> owns) {
        return caller.isAtLeastCurator()
                || caller.role() == Role.PARTNER && caller.institution().filter(owns).isPresent();
    }

    /** 403 with {@code refusal} unless {@link #isCuratorOrOf(Caller, Predicate)}. */
    public static void requireCuratorOrOf(Caller caller, Predicate<UUID> owns, String refusal) {
        if (!isCuratorOrOf(caller, owns)) {
            throw ProblemException.forbidden(refusal);
        }
    }

    /** 403 "only curators and admins may {@code action}" for anyone else. */
    public static void requireCurator(Caller caller, String action) {
        if (!caller.isAtLeastCurator()) {
            throw ProblemException.forbidden("only curators and admins may " + action);
        }
    }
}
