package io.revitalization.gateway.edge.limits;

/** A request body went over its limit while it was streamed to a service. */
public class BodyTooLargeException extends RuntimeException {
    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes", null, false, false);
    }
}
