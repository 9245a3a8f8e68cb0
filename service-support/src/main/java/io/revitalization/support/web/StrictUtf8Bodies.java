package io.revitalization.support.web;

import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.text.StrictUtf8Stream;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * A JSON body whose bytes are not strictly UTF-8 (overlong forms such as {@code C0 AD}, encoded surrogates such as
 * {@code ED A0 80}) is a 400 problem naming {@code body} and the byte, never read leniently into other characters.
 * Escapes such as {@code "\ud800"} are valid JSON bytes; {@link SafeStrings} refuses them by field.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        context.setInputStream(new StrictUtf8Stream(context.getInputStream()));
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            StrictUtf8Stream.MalformedUtf8Exception malformed = malformedCause(e);
            if (malformed != null) {
                throw ProblemException.invalid("body", malformed.getMessage());
            }
            throw e;
        }
    }

    /** Jackson may wrap what the stream throws. */

    private static StrictUtf8Stream.MalformedUtf8Exception malformedCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StrictUtf8Stream.MalformedUtf8Exception malformed) {
                return malformed;
            }
        }
        return null;
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }
}
