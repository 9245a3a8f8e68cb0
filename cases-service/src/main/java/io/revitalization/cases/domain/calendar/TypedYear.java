package io.revitalization.cases.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A year as people write it: its Gregorian number (the calendar year it starts in) and what it counts.
 * The supported range starts with the first year of the Meiji era, so every year has a Japanese era.
 */
public record TypedYear(int year, YearKind kind) {
    public static final int MIN_YEAR = 1868;
    public static final int MAX_YEAR = 2200;

    public TypedYear {
        Objects.requireNonNull(kind, "kind");
        if (!isSupported(year)) {
            throw new IllegalArgumentException(
                    "year " + year + " is outside the supported range " + MIN_YEAR + "–" + MAX_YEAR);
        }
    }

    public static boolean isSupported(long year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    public LocalDate startDate() {
        return kind.startDate(year);
    }

    public LocalDate endDate() {
        return kind.endDate(year);
    }
}
