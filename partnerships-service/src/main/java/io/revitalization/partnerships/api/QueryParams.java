package io.revitalization.partnerships.api;

import io.revitalization.support.paging.PageRequest;
import io.revitalization.support.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Query parameters read as text and converted here, so that a bad value answers 400 naming the parameter (JAX-RS
 * would answer 404 for a query parameter it cannot convert).
 */
final class QueryParams {
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern THEME = Pattern.compile(Limits.SLUG_PATTERN);

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumOf(String name, String value, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static Integer integer(String name, String value, int min, int max) {
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

    static Integer year(String value) {
        return integer("year", value, Limits.MIN_YEAR, Limits.MAX_YEAR);
    }

    static PageRequest page(String limit, String cursor) {
        return PageRequest.of(integer("limit", limit, 1, PageRequest.MAX_LIMIT), cursor);
    }

    static String country(String value) {
        return matching("country", value, COUNTRY, "must be an ISO 3166-1 alpha-2 code such as JP or TW");
    }

    static String theme(String value) {
        if (value != null && value.length() > Limits.THEME) {
            throw ProblemException.invalid("theme", "must be at most " + Limits.THEME + " characters");
        }
        return matching("theme", value, THEME, "must be a lowercase hyphenated word, e.g. ageing-society");
    }

    private static String matching(String name, String value, Pattern pattern, String message) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            throw ProblemException.invalid(name, message);
        }
        return value;
    }
}
