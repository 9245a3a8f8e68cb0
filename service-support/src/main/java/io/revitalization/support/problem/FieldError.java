package io.revitalization.support.problem;

/** One invalid field of a request: its JSON path (e.g. {@code title.en}, {@code sdgs[2]}) and what is wrong. */
public record FieldError(String field, String message) {
}
