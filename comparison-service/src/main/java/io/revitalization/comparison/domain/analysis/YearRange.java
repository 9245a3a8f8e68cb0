package io.revitalization.comparison.domain.analysis;

import java.util.List;
import java.util.stream.IntStream;

/** The years from {@code from} to {@code to}, both included. */
public record YearRange(int from, int to) {

    public YearRange {
        if (from > to) {
            throw new IllegalArgumentException("year range starts after it ends: " + from + " > " + to);
        }
    }

    public List<Integer> years() {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }
}
