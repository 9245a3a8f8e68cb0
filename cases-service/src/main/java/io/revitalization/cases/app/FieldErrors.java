package io.revitalization.cases.app;

import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects what is wrong with a request, field by field, to report it all at once. */
final class FieldErrors {
    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    void addAll(List<FieldError> found) {
        errors.addAll(found);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<FieldError> list() {
        return errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(list());
        }
    }
}
