package io.revitalization.support.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A string of a JSON body holds characters no text may hold ({@link io.revitalization.support.text.UnsafeText});
 * Jackson adds the path of the field as it unwinds, and {@link JsonFieldErrors} names it. A mismatched input, so
 * that the REST layer passes it on to {@link ProblemMappers} as it is rather than as a bare 400.
 */
public class RefusedTextException extends MismatchedInputException {
    private final String reason;

    public RefusedTextException(JsonParser parser, String reason) {
        super(parser, reason, String.class);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
