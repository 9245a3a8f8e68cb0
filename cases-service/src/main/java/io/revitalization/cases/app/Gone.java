package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseRecord;
import io.revitalization.cases.domain.Institution;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;

/** 410 for soft-deleted records: they existed, their history stays readable, but they cannot be changed. */
public final class Gone {
    private Gone() {
    }

    public static ProblemException caseDeleted(CaseRecord record) {
        return gone("case '" + record.slug + "' was deleted at " + record.deletedAt
                + "; its revisions can still be read");
    }

    public static ProblemException institutionDeleted(Institution institution) {
        return gone("institution '" + institution.slug + "' was deleted at " + institution.deletedAt);
    }

    private static ProblemException gone(String detail) {
        return new ProblemException(Problem.of(410, "gone", "Gone", detail));
    }
}
