package io.revitalization.cases.domain.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The modern Japanese eras (元号). Not {@link java.time.chrono.JapaneseEra}: java.time cannot place dates
 * before Meiji 6 (1873) in an era, and this suite's years start in 1868. Era years are counted the usual
 * way, as Gregorian years: the year an era starts in is its first year (元年), whatever the day.
 */
public enum JapaneseEra {
    /** The era was proclaimed on 1868-10-23 and applied to the whole lunar year, which began on 1868-01-25. */
    MEIJI("明治", 'M', LocalDate.of(1868, 1, 25)),
    TAISHO("大正", 'T', LocalDate.of(1912, 7, 30)),
    SHOWA("昭和", 'S', LocalDate.of(1926, 12, 25)),
    HEISEI("平成", 'H', LocalDate.of(1989, 1, 8)),
    REIWA("令和", 'R', LocalDate.of(2019, 5, 1));

    private final String kanji;
    private final char initial;
    private final LocalDate firstDay;

    JapaneseEra(String kanji, char initial, LocalDate firstDay) {
        this.kanji = kanji;
        this.initial = initial;
        this.firstDay = firstDay;
    }

    public String kanji() {
        return kanji;
    }

    /** The Latin letter that stands for the era in abbreviations such as R4 or H27. */
    public char initial() {
        return initial;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    /** The era's last day, or empty while it is the current era. */
    public Optional<LocalDate> lastDay() {
        return next().map(next -> next.firstDay.minusDays(1));
    }

    public int yearOfEra(int gregorianYear) {
        return gregorianYear - firstDay.getYear() + 1;
    }

    /** Whether the era was in force on at least one day from {@code start} to {@code end}. */
    public boolean inForceBetween(LocalDate start, LocalDate end) {
        return !firstDay.isAfter(end) && lastDay().map(last -> !last.isBefore(start)).orElse(true);
    }

    /** The era in force on a day from the first day of Meiji on. */
    public static JapaneseEra on(LocalDate day) {
        JapaneseEra[] eras = values();
        for (int i = eras.length - 1; i >= 0; i--) {
            if (!eras[i].firstDay.isAfter(day)) {
                return eras[i];
            }
        }
        throw new IllegalArgumentException(day + " is before the Meiji era");
    }

    public static Optional<JapaneseEra> byKanji(String kanji) {
        return Arrays.stream(values()).filter(era -> era.kanji.equals(kanji)).findFirst();
    }

    public static Optional<JapaneseEra> byInitial(char initial) {
        char upper = Character.toUpperCase(initial);
        return Arrays.stream(values()).filter(era -> era.initial == upper).findFirst();
    }

    private Optional<JapaneseEra> next() {
        JapaneseEra[] eras = values();
        return ordinal() + 1 < eras.length ? Optional.of(eras[ordinal() + 1]) : Optional.empty();
    }
}
