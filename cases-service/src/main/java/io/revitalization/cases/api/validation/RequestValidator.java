package io.revitalization.cases.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revitalization.support.problem.FieldError;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.text.UnsafeText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks a request body: its Bean Validation constraints, and that every string in it is text PostgreSQL can
 * store as written ({@link UnsafeText#inText}, the rule service-support's JSON reading applies too), so that a
 * request built in code, not read from JSON, meets the same rule.
 * Errors name the field as a JSON path ({@code title.en}, {@code sdgs[2]}, {@code institutions[0].role}).
 */
@ApplicationScoped
public class RequestValidator {
    private final Validator validator;
    private final ObjectMapper json;

    public RequestValidator(Validator validator, ObjectMapper json) {
        this.validator = validator;
        this.json = json;
    }

    /** Throws a 400 problem listing every invalid field. */
    public void check(Object request) {
        if (request == null) {
            throw ProblemException.invalid("body", "is required");
        }
        List<FieldError> errors = errors(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    public List<FieldError> errors(Object request) {
        List<FieldError> errors = constraintErrors(request);
        collectUnsafeText(json.valueToTree(request), "", errors);
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /**
     * The Bean Validation errors only, for a request read by the service's JSON reading, which has refused unsafe
     * text already (service-support's SafeStrings): a bulk import spares writing each record back into a tree.
     */
    public List<FieldError> constraintErrors(Object request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            errors.add(new FieldError(path(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    private static String path(Path propertyPath) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            boolean listElement = node.getKind() == ElementKind.CONTAINER_ELEMENT;
            if (node.getName() != null && !listElement) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static void collectUnsafeText(JsonNode node, String path, List<FieldError> errors) {
        if (node.isTextual()) {
            UnsafeText.inText(node.textValue()).ifPresent(what -> errors.add(new FieldError(path, what)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUnsafeText(node.get(i), path + "[" + i + "]", errors);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collectUnsafeText(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), errors);
            }
        }
    }
}
