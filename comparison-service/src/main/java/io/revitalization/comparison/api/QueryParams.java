package io.revitalization.comparison.api;

import io.revitalization.support.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The query parameters of a comparison read, checked: an unknown or repeated parameter is a 400 naming it (a misspelt
 * filter must not silently widen a comparison), and values are trimmed.
 */
final class QueryParams {
    static final int MAX_LENGTH = 200;
    static final int MAX_LIST = 20;

    private final Map<String, String> values = new TreeMap<>();

    QueryParams(UriInfo uri, Set<String> allowed) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            String name = entry.getKey();
            if (!allowed.contains(name)) {
                throw ProblemException.invalid(name, "unknown parameter; this read takes " + new TreeSet<>(allowed));
            }
            if (entry.getValue().size() > 1) {
                throw ProblemException.invalid(name, "give it once (lists are comma-separated)");
            }
            String value = entry.getValue().get(0).trim();
            if (value.length() > MAX_LENGTH) {
                throw ProblemException.invalid(name, "at most " + MAX_LENGTH + " characters");
            }
            if (!value.isEmpty()) {
                values.put(name, value);
            }
        }
    }

    String text(String name) {
        return values.get(name);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw ProblemException.invalid(name, "is required");
        }
        return value;
    }

    Integer integer(String name, int min, int max) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw ProblemException.invalid(name, "must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number between " + min + " and " + max);
        }
    }

    int integer(String name, int min, int max, int fallback) {
        Integer value = integer(name, min, max);
        return value == null ? fallback : value;
    }

    Long longInteger(String name, long fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }

    /** A number strictly between 0 and 1. */
    double fraction(String name, double fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            double number = Double.parseDouble(value);
            if (!(number > 0 && number < 1)) {
                throw ProblemException.invalid(name, "must be strictly between 0 and 1");
            }
            return number;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a number strictly between 0 and 1");
        }
    }

    /** A comma-separated list; empty when the parameter is absent. */
    List<String> list(String name) {
        String value = values.get(name);
        if (value == null) {
            return List.of();
        }
        List<String> items = Arrays.stream(value.split(",")).map(String::trim).toList();
        if (items.size() > MAX_LIST) {
            throw ProblemException.invalid(name, "at most " + MAX_LIST + " entries");
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isEmpty()) {
                throw ProblemException.invalid(name + "[" + i + "]", "is empty");
            }
        }
        return items;
    }
}
