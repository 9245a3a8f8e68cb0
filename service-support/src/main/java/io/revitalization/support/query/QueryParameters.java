package io.revitalization.support.query;

import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.text.Characters;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * All query parameters of a read, checked at once: an unknown or repeated parameter is a 400 naming it (a misspelt
 * filter must not silently widen a read), values are trimmed, and an empty value counts as absent.
 */
public final class QueryParameters {
    public static final int MAX_LENGTH = 200;
    public static final int MAX_LIST = 20;

    private final Map<String, String> values = new TreeMap<>();

    private QueryParameters() {
    }

    /** From {@code UriInfo.getQueryParameters()}; only the {@code allowed} names may appear, each once. */
    public static QueryParameters strict(Map<String, List<String>> parameters, Set<String> allowed) {
        QueryParameters read = new QueryParameters();
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            String name = entry.getKey();
            if (!allowed.contains(name)) {
                throw ProblemException.invalid(name, "unknown parameter; this read takes " + new TreeSet<>(allowed));
            }
            if (entry.getValue().size() > 1) {
                throw ProblemException.invalid(name, "give it once (lists are comma-separated)");
            }
            String value = entry.getValue().get(0).trim();
            if (Characters.count(value) > MAX_LENGTH) {
                throw ProblemException.invalid(name, "at most " + MAX_LENGTH + " characters");
            }
            if (!value.isEmpty()) {
                read.values.put(name, value);
            }
        }
        return read;
    }

    public String text(String name) {
        return values.get(name);
    }

    public String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw ProblemException.invalid(name, "is required");
        }
        return value;
    }

    public Integer integer(String name, int min, int max) {
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

    public int integer(String name, int min, int max, int fallback) {
        Integer value = integer(name, min, max);
        return value == null ? fallback : value;
    }

    /** A year from 1900 to 2100, or {@code fallback}. */
    public int year(String name, int fallback) {
        return integer(name, QueryValues.MIN_YEAR, QueryValues.MAX_YEAR, fallback);
    }

    public long longInteger(String name, long fallback) {
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
    public double fraction(String name, double fallback) {
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

    public Boolean bool(String name) {
        return QueryValues.bool(name, values.get(name));
    }

    public <E extends Enum<E>> E enumOf(String name, Class<E> type) {
        return QueryValues.enumOf(name, values.get(name), type);
    }

    /** A comma-separated list of at most 20 entries, none empty; empty when the parameter is absent. */
    public List<String> list(String name) {
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
