package io.revitalization.comparison.domain.analysis;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Argument checks shared by the records of this package; each failure is an {@link IllegalArgumentException}. */
final class Require {

    private Require() {
    }

    static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static <T> T present(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /** A code set in canonical form: distinct, sorted, immutable, never empty. */
    static List<String> codeSet(Collection<String> codes, String name) {
        if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException(name + " must hold at least one code");
        }
        TreeSet<String> distinct = new TreeSet<>();
        for (String code : codes) {
            distinct.add(text(code, name + " entry"));
        }
        return List.copyOf(distinct);
    }

    static Double confidence(Double confidence) {
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
        return confidence;
    }

    static double probability(double value, String name) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be strictly between 0 and 1, was " + value);
        }
        return value;
    }
}
