package io.revitalization.bench;

/**
 * One measured figure: what, how much, and how it compares with its target ({@code target} is empty and
 * {@code pass} null for figures that are only reported).
 */
record Figure(String benchmark, String name, double value, String unit, String target, Boolean pass) {

    static Figure atMost(String benchmark, String name, double value, String unit, double limit) {
        return new Figure(benchmark, name, value, unit, "<= " + format(limit), value <= limit);
    }

    static Figure atLeast(String benchmark, String name, double value, String unit, double limit) {
        return new Figure(benchmark, name, value, unit, ">= " + format(limit), value >= limit);
    }

    static Figure info(String benchmark, String name, double value, String unit) {
        return new Figure(benchmark, name, value, unit, "", null);
    }

    String verdict() {
        return pass == null ? "" : pass ? "pass" : "MISS";
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return String.format("%,d", (long) value);
        }
        return Math.abs(value) >= 100 ? String.format("%,.0f", value) : String.format("%.2f", value);
    }
}
