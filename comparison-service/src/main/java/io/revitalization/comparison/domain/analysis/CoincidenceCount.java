package io.revitalization.comparison.domain.analysis;

import java.util.List;

/**
 * How often, over units coded by {@code pairable} coders, one coding had the code set {@code first} and another
 * coding of the same unit {@code second} (ordered pairs of two different codings): the integer behind a
 * coincidence-matrix cell, which is the sum of {@code pairs / (pairable - 1)}.
 */
public record CoincidenceCount(int pairable, List<String> first, List<String> second, long pairs) {

    public CoincidenceCount {
        if (pairable < 2) {
            throw new IllegalArgumentException("a pairable unit has at least two codings, not " + pairable);
        }
        first = List.copyOf(first);
        second = List.copyOf(second);
    }
}
