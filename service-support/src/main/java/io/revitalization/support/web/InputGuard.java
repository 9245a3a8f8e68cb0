package io.revitalization.support.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.revitalization.support.paging.Cursor;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.Problem;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.text.UnsafeText;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses a request whose path or query parameters hold what no id, slug or filter may hold, before it is routed,
 * read, logged or sent to the database: percent-encoded bytes that are not UTF-8 ({@code %C0%AD},
 * {@code %ED%A0%80}), control characters ({@code %00}, {@code %0A}, C1) and lone surrogates; and a {@code cursor}
 * that no list could have returned. The answer is a 400 problem naming {@code path} or the parameter. It works on
 * the raw request target, because decoding it leniently would already turn bad bytes into other characters. A
 * request target longer than {@code input-guard.max-uri-length} is a 414 problem (HTTP reads request lines up to
 * {@code quarkus.http.limits.max-initial-line-length}, set well above it, so that this answer, not a bare one, is
 * what a long URI gets).
 */
@ApplicationScoped
public class InputGuard {
    /**
     * Ahead of the body limits and of every other route, the gateway's key check and forwarding too (from -250 on:
     * a request it forwarded unchecked would reach the service re-encoded, and be refused there without a
     * problem); behind only CORS and the gateway's request ids, so that a refusal carries them.
     */
    private static final int ORDER = -260;
    /**
     * Ahead of a gateway's own routing too (which sends a request on without calling later routes), but after CORS's
     * neighbours that set response headers on every answer.
     */
    private static final int URI_LENGTH_ORDER = -SecurityHandlerPriorities.CORS - 60;
    static final String PATH = "path";
    static final String QUERY = "query";
    static final String CURSOR = "cursor";

    private final ObjectMapper json;
    private final int maxUriLength;

    public InputGuard(ObjectMapper json,
                      @ConfigProperty(name = "input-guard.max-uri-length", defaultValue = "8192") int maxUriLength) {
        this.json = json;
        this.maxUriLength = maxUriLength;
    }

    void register(@Observes Router router) {
        router.route().order(URI_LENGTH_ORDER).handler(this::checkLength);
        router.route().order(ORDER).handler(this::check);
    }

    private void checkLength(RoutingContext context) {
        if (context.request().uri().length() > maxUriLength) {
            refuse(context, Problem.of(414, "uri-too-long", "URI too long", "the path and query are longer than "
                    + maxUriLength + " characters; send fewer or shorter parameters"));
        } else {
            context.next();
        }
    }

    private void check(RoutingContext context) {
        List<FieldError> errors = refusals(context.request().path(), context.request().query());
        if (errors.isEmpty()) {
            context.next();
            return;
        }
        refuse(context, ProblemException.invalid(errors).problem().withInstance(context.request().path()));
    }

    private void refuse(RoutingContext context, Problem problem) {
        try {
            context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(problem.status(), e);
        }
    }

    /** What is wrong with a raw (still percent-encoded) path and query; empty when nothing is. */
    static List<FieldError> refusals(String rawPath, String rawQuery) {
        List<FieldError> errors = new ArrayList<>();
        if (rawPath != null) {
            problem(decode(rawPath, false)).ifPresent(message -> errors.add(new FieldError(PATH, message)));
        }
        if (rawQuery == null || rawQuery.isEmpty()) {
            return errors;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            Optional<String> name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
            Optional<String> value = equals < 0 ? Optional.of("") : decode(pair.substring(equals + 1), true);
            Optional<String> nameProblem = problem(name);
            if (nameProblem.isPresent()) {
                errors.add(new FieldError(QUERY, "a parameter name " + nameProblem.get()));
                continue;
            }
            String field = name.orElseThrow();
            Optional<String> valueProblem = problem(value);
            if (valueProblem.isPresent()) {
                errors.add(new FieldError(field, valueProblem.get()));
            } else if (field.equals(CURSOR) && !value.orElseThrow().isBlank()
                    && !Cursor.isWellFormed(value.orElseThrow().trim())) {
                errors.add(new FieldError(CURSOR, Cursor.MALFORMED));
            }
        }
        return errors;
    }

    private static Optional<String> problem(Optional<String> decoded) {
        return decoded.isEmpty() ? Optional.of(UnsafeText.NOT_UTF8) : UnsafeText.inName(decoded.get());
    }

    /**
     * Percent-decodes to bytes and reads them as strict UTF-8. Characters up to U+00FF that were not
     * percent-encoded count as the bytes they were sent as (HTTP/1.1 request lines are read byte for byte), others
     * as their UTF-8 form. Empty when an escape is cut short or the bytes are not UTF-8.
     */
    static Optional<String> decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && raw.chars().allMatch(c -> c < 0x80)) {
            return Optional.of(plusIsSpace ? raw.replace('+', ' ') : raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else if (c <= 0xff) {
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return UnsafeText.utf8(bytes.toByteArray());
    }
}
