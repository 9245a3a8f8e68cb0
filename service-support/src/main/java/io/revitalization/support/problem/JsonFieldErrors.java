package io.revitalization.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Why a JSON body (or one record of an import) could not be read, as the field it concerns (its JSON path, e.g.
 * {@code title.en}, {@code sdgs[2]}) and what is wrong with it.
 */
public final class JsonFieldErrors {
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
            Short.class, short.class, Byte.class, byte.class, BigInteger.class);

    private JsonFieldErrors() {
    }

    /** An integral type: a fraction ({@code 1.5}) is not one of its values. */
    private static boolean isWholeNumber(Class<?> type) {
        return WHOLE_NUMBERS.contains(type);
    }

    public static FieldError of(JsonProcessingException e) {
        if (e instanceof RefusedTextException refused) {
            String field = path(refused);
            return new FieldError(field.isEmpty() ? "body" : field, refused.reason());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path(unknown), "unknown field; it is not part of this resource (ids, versions and "
                    + "owners are set by the server)");
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            return new FieldError(field.isEmpty() ? "body" : field, "must be " + describe(mismatch.getTargetType()));
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return new FieldError("body", "is not valid JSON" + where);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (isWholeNumber(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == UUID.class) {
            return "a valid UUID";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "another type";
    }
}
