package io.revitalization.cases.api;

import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.refs.Reference;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code ids} query parameter of lists: ids or slugs, comma-separated, each at most once. */
final class RefList {
    static final int MAX = 200;

    private RefList() {
    }

    /** Empty when absent; a 400 naming {@code ids} when it holds more than {@link #MAX} or one too long. */
    static Optional<List<String>> read(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        List<String> refs = Arrays.stream(value.split(",")).map(String::strip).filter(ref -> !ref.isEmpty())
                .distinct().toList();
        if (refs.isEmpty()) {
            throw ProblemException.invalid("ids", "must name at least one id or slug");
        }
        if (refs.size() > MAX) {
            throw ProblemException.invalid("ids", "must name at most " + MAX + " ids or slugs");
        }
        if (refs.stream().anyMatch(ref -> ref.length() > Reference.MAX_LENGTH)) {
            throw ProblemException.invalid("ids", "each id or slug must be at most " + Reference.MAX_LENGTH
                    + " characters");
        }
        return Optional.of(refs);
    }
}
