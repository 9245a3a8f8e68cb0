package io.revitalization.support.web;

/** A request body went over its limit while it streamed ({@link PathBodyLimits#limitStream}). */
public class BodyTooLargeException extends RuntimeException {
    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes", null, false, false);
    }
}
