package io.revitalization.comparison.app.coding;

import io.revitalization.comparison.domain.analysis.CoderSelection;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.security.Caller;

import java.util.List;

/**
 * Who a coding is by. A curator codes as itself: its API key's label (the key's id when the token names none). Only an
 * admin (and the seed, which loads as one) records a coding for a coder it names, such as the seed's reading.
 */
final class Coders {
    private Coders() {
    }

    /** The coder of a coding that names {@code named} (null: none); 403 naming {@code coder} when not allowed. */
    static String coderOf(String named, Caller author) {
        String own = author.name().orElse(author.subject());
        if (CoderSelection.ADJUDICATOR.equals(named == null ? own : named)) {
            throw ProblemException.invalid("coder", "'" + CoderSelection.ADJUDICATOR + "' is no coder's name: it "
                    + "marks adjudicated codings (POST /api/v1/codings/adjudications)");
        }
        if (named == null || named.equals(own) || author.isAdmin()) {
            return named == null ? own : named;
        }
        String detail = "a curator codes as itself ('" + own + "', its API key's label); only an admin may record a "
                + "coding for another coder";
        throw new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail)
                .withErrors(List.of(new FieldError("coder", detail))));
    }
}
