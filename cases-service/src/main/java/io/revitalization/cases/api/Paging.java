package io.revitalization.cases.api;

import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.problem.ProblemException;

/** {@code limit} and {@code cursor} query parameters, read as text so that a bad limit is a 400 naming it. */
final class Paging {
    private Paging() {
    }

    static PageRequest of(String limit, String cursor) {
        Integer parsed = null;
        if (limit != null && !limit.isEmpty()) {
            try {
                parsed = Integer.valueOf(limit);
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("limit", "must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
            }
        }
        return PageRequest.of(parsed, cursor);
    }
}
