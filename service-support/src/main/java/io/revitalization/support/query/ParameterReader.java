package io.revitalization.support.query;

import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.text.Characters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads several query parameters and answers one 400 naming every bad one. A parser refuses a value by throwing
 * {@link IllegalArgumentException} with the message for the client.
 */
public final class ParameterReader {
    private final int maxLength;
    private final List<FieldError> errors = new ArrayList<>();

    public ParameterReader(int maxLength) {
        this.maxLength = maxLength;
    }

    /** Empty when absent, empty or refused (the refusal is kept for {@link #orFail()}). */
    public <T> Optional<T> read(String name, String value, Function<String, T> parse) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (Characters.count(value) > maxLength) {
            errors.add(new FieldError(name, "must be at most " + maxLength + " characters"));
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, e.getMessage()));
            return Optional.empty();
        }
    }

    public void orFail() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
