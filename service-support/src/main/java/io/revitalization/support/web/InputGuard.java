package io.revitalization.support.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * the raw request target, because decoding it leniently would already turn bad bytes into other characters.
 */
@ApplicationScoped
public class InputGuard {
    /**
     * Ahead of the body limits and of every other route, the gateway's key check and forwarding too (from -250 on:
     * a request it forwarded unchecked would reach the service re-encoded, and be refused there without a
     * problem); behind only CORS and the gateway's request ids, so that a refusal carries them.
     */
    private static final int ORDER = -260;
    static final String PATH = "path";
    static final String QUERY = "query";
    static final String CURSOR = "cursor";

    private final ObjectMapper json;

    public InputGuard(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        List<FieldError> errors = refusals(context.request().path(), context.request().query());
        if (errors.isEmpty()) {
            context.next();
            return;
        }
        Problem problem = ProblemException.invalid(errors).problem()
                .withInstance(context.request().path());
        try {
            context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(400, e);
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
