package io.revitalization.partnerships.api;

import io.revitalization.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.Set;

/**
 * Bean Validation of a request body, called by hand once the caller's access is checked (a parameter marked
 * {@code @Valid} would be validated before the method runs, answering 400 to a caller who may not write at all).
 * Violations become the usual 400 problem naming each field.
 */
@ApplicationScoped
public class RequestBodies {
    private final Validator validator;

    public RequestBodies(Validator validator) {
        this.validator = validator;
    }

    public <T> T valid(T body) {
        if (body == null) {
            throw ProblemException.invalid("body", "is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
