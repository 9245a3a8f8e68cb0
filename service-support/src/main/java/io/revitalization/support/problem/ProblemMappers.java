package io.revitalization.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.revitalization.support.text.LogText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns every failure of a request into {@code application/problem+json}. Bad input never becomes a 500, and a
 * 500 never carries a stack trace or an exception message.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** unique_violation, serialization_failure, deadlock_detected */
    private static final Set<String> LOST_RACE_STATES = Set.of("23505", "40001", "40P01");
    /** The {@code WWW-Authenticate} challenge of every 401: how this app wants to be authenticated. */
    private static final String CHALLENGE_PROPERTY = "problems.www-authenticate";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = builder(e.problem(), uri);
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(ProblemException.invalid(errors).problem(), uri);
    }

    @ServerExceptionMapper({UnrecognizedPropertyException.class, InvalidFormatException.class,
            MismatchedInputException.class, JsonProcessingException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemException.invalid(List.of(JsonFieldErrors.of(e))).problem(), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(ProblemException.unauthorized("authentication is required for this operation").problem(), uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(ProblemException.unauthorized("the credentials are not valid").problem(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemException.forbidden("your role may not perform this operation").problem(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "request to %s failed", LogText.escape(uri.getPath()));
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = status >= 500 ? "the server could not complete the request" : e.getMessage();
        return respond(Problem.of(status, type.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'),
                type.getReasonPhrase(), detail), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Optional<String> lostRace = lostRace(e);
        if (lostRace.isPresent()) {
            LOG.infof("%s lost a race with a concurrent request (SQL state %s)", LogText.escape(uri.getPath()),
                    lostRace.get());
            return respond(ProblemException.conflict("a concurrent request changed the same data first; read it "
                    + "again and retry if this request still applies").problem(), uri);
        }
        LOG.errorf(e, "unexpected failure of %s", LogText.escape(uri.getPath()));
        return respond(Problem.of(500, "internal", "Internal error",
                "the server could not complete the request; it has been logged"), uri);
    }

    /**
     * The SQL state when the failure is a transaction that lost to a concurrent one: a unique key taken meanwhile
     * (two creates of one slug both found it free), a serialization failure or a deadlock.
     */
    private static Optional<String> lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && LOST_RACE_STATES.contains(sql.getSQLState())) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return builder(problem, uri).build();
    }

    private static Response.ResponseBuilder builder(Problem problem, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath()));
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, challenge());
        }
        return response;
    }

    /** {@code Bearer} for the services (the gateway's signed token); the gateway asks for its API key. */
    public static String challenge() {
        return ConfigProvider.getConfig().getOptionalValue(CHALLENGE_PROPERTY, String.class).orElse("Bearer");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    && field.isEmpty() && isBodyParameter(node)) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName() != null
                    && node.getName().startsWith("<")) {
                appendIndex(field, node);
                continue;
            }
            appendIndex(field, node);
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static boolean isBodyParameter(Path.Node node) {
        return node.getName() != null && (node.getName().equals("request") || node.getName().startsWith("arg")
                || node.getName().equals("body"));
    }

    private static void appendIndex(StringBuilder field, Path.Node node) {
        if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            field.append('[').append(node.getKey()).append(']');
        }
    }
}
