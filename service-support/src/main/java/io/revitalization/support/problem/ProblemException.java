package io.revitalization.support.problem;

import java.util.List;

/** Thrown anywhere in a request to answer with a problem; {@link ProblemMappers} renders it. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(Problem.of(400, "validation", "Invalid request", detail).withErrors(errors));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "bad-request", "Bad request", detail));
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " '" + id + "' does not exist"));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(401, "unauthorized", "Unauthorized", detail));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(412, "precondition-failed", "Precondition failed", detail));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problem.of(422, "unprocessable", "Unprocessable request", detail));
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(Problem.of(413, "too-large", "Content too large", detail));
    }
}
