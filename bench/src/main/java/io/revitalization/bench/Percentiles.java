package io.revitalization.bench;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of a set of measurements; NaN when there are none. */
final class Percentiles {

    private final double[] sorted;

    Percentiles(Collection<Double> values) {
        this.sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    double at(double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    double p50() {
        return at(50);
    }

    double p99() {
        return at(99);
    }

    int count() {
        return sorted.length;
    }

    double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    @Override
    public String toString() {
        return Arrays.toString(sorted);
    }
}
