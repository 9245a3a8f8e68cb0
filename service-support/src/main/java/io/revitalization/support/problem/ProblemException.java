package io.revitalization.support.problem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Thrown anywhere in a request to answer with a problem; {@link ProblemMappers} renders it. */
public class ProblemException extends RuntimeException {
    public static final String RETRY_AFTER = "Retry-After";

    private final transient Problem problem;
    /** Headers sent with the problem, e.g. {@code Retry-After}. */
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The same problem, also telling when to try again ({@code Retry-After} in whole seconds, at least 1). */
    public ProblemException withRetryAfter(Duration after) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(RETRY_AFTER, Long.toString(retryAfterSeconds(after)));
        return new ProblemException(problem, more);
    }

    /** A duration as a {@code Retry-After}: whole seconds, rounded up, at least 1. */
    public static long retryAfterSeconds(Duration after) {
        return Math.max(1, (after.toMillis() + 999) / 1000);
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

    /** 429: too many of something at once; say when to try again with {@link #withRetryAfter}. */
    public static ProblemException tooMany(String slug, String title, String detail) {
        return new ProblemException(Problem.of(429, slug, title, detail));
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(Problem.of(413, "too-large", "Content too large", detail));
    }
}
