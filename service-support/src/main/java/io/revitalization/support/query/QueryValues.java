package io.revitalization.support.query;

import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.text.Characters;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Single query parameters read as text and converted here, so that a bad value answers 400 naming the parameter
 * (JAX-RS would answer 404 for a query parameter it cannot convert). An absent or empty value is {@code null}.
 */
public final class QueryValues {
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private QueryValues() {
    }

    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "must be a whole number from " + min + " to " + max);
    }

    /** A year from 1900 to 2100. */
    public static Integer year(String name, String value) {
        return integer(name, value, MIN_YEAR, MAX_YEAR);
    }

    /** {@code true} or {@code false}, in any case. */
    public static Boolean bool(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw ProblemException.invalid(name, "must be true or false");
    }

    /** The constant named exactly so. */
    public static <E extends Enum<E>> E enumOf(String name, String value, Class<E> type) {
        return enumNamed(name, value, type, value);
    }

    /** The constant named so in any case ({@code bilateral} is {@code BILATERAL}). */
    public static <E extends Enum<E>> E enumIgnoringCase(String name, String value, Class<E> type) {
        return enumNamed(name, value, type, value == null ? null : value.toUpperCase(Locale.ROOT));
    }

    public static String matching(String name, String value, Pattern pattern, String message) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            throw ProblemException.invalid(name, message);
        }
        return value;
    }

    public static String atMost(String name, String value, int maxLength) {
        if (value != null && Characters.count(value) > maxLength) {
            throw ProblemException.invalid(name, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    /** {@code limit} (1 to 200, default 50) and {@code cursor}. */
    public static PageRequest page(String limit, String cursor) {
        return PageRequest.of(integer("limit", limit, 1, PageRequest.MAX_LIMIT), cursor);
    }

    private static <E extends Enum<E>> E enumNamed(String name, String value, Class<E> type, String constant) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, constant);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
