package io.revitalization.cases.domain.calendar;

import java.util.Optional;

/**
 * Shows a typed year in a year system, in the form {@link YearParser} reads back.
 *
 * <p>Not every system has a notation for every kind of year: ROC years cover calendar and academic years
 * from 1912 on (Taiwan's "年度" is its government fiscal year, which is the calendar year), and Japanese eras
 * cover calendar and fiscal years. Those combinations are empty.
 *
 * <p>When a year spans two eras: a fiscal year takes the era in force on its first day, the name it had when
 * it began (fiscal 2019 is 平成31年度); a calendar year takes the later era, the one in force on its last day
 * (1989 is 平成元年, 2019 is 令和元年). The parser accepts the other name too (昭和64年, 令和元年度).
 */
public final class YearFormatter {
    private YearFormatter() {
    }

    public static Optional<String> format(TypedYear year, YearSystem system) {
        return switch (system) {
            case GREGORIAN -> Optional.of(gregorian(year));
            case ROC -> roc(year);
            case JAPANESE_ERA -> japaneseEra(year);
        };
    }

    private static String gregorian(TypedYear year) {
        return switch (year.kind()) {
            case CALENDAR -> Integer.toString(year.year());
            case JP_FISCAL -> "FY" + year.year();
            case TW_ACADEMIC -> "AY" + year.year();
        };
    }

    private static Optional<String> roc(TypedYear year) {
        if (year.year() < RocYears.FIRST_GREGORIAN_YEAR) {
            return Optional.empty();
        }
        int rocYear = RocYears.fromGregorian(year.year());
        return switch (year.kind()) {
            case CALENDAR -> Optional.of("民國" + yearNumber(rocYear) + "年");
            case TW_ACADEMIC -> Optional.of(rocYear + "學年度");
            case JP_FISCAL -> Optional.empty();
        };
    }

    private static Optional<String> japaneseEra(TypedYear year) {
        return switch (year.kind()) {
            case CALENDAR -> Optional.of(inEra(JapaneseEra.on(year.endDate()), year.year()) + "年");
            case JP_FISCAL -> Optional.of(inEra(JapaneseEra.on(year.startDate()), year.year()) + "年度");
            case TW_ACADEMIC -> Optional.empty();
        };
    }

    private static String inEra(JapaneseEra era, int gregorianYear) {
        return era.kanji() + yearNumber(era.yearOfEra(gregorianYear));
    }

    /** The first year of an era (and of the ROC) is written 元. */
    private static String yearNumber(int year) {
        return year == 1 ? "元" : Integer.toString(year);
    }
}
