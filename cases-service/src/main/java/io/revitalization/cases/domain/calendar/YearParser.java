package io.revitalization.cases.domain.calendar;

import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a year the way people in Taiwan and Japan write it.
 *
 * <ul>
 *   <li>Gregorian: {@code 2022}, {@code 2022年}, {@code 西元2022年}, {@code 西暦2022年}; fiscal {@code 2022年度} or
 *   {@code FY2022}; academic {@code AY2022}.</li>
 *   <li>ROC: {@code 民國111年}, {@code 民国111年}, {@code 中華民國111年}, {@code ROC 111}, {@code 民國元年}; academic
 *   {@code 111學年度}, {@code 111学年度}, {@code 民國111學年度}. A bare number before 學年度 is a ROC year, as in
 *   Taiwan.</li>
 *   <li>Japanese eras 明治 大正 昭和 平成 令和, or M T S H R: {@code 令和4年}, {@code R4}, {@code 令和元年}; fiscal
 *   {@code 平成27年度}, {@code H27年度}. An era year must fall in the era: 平成32年 and 昭和65年 do not exist.</li>
 * </ul>
 * Digits may be full-width (令和４年) or kanji (令和四年, 平成二十七年度, 一一一學年度); spaces between the parts
 * are ignored.
 */
public final class YearParser {
    private static final Pattern YEAR = Pattern.compile(
            "(?<prefix>西元|西暦|西曆|西历|公元|FY|AY|中華民國|中华民国|民國|民国|R\\.?O\\.?C\\.?"
                    + "|明治|大正|昭和|平成|令和|[MTSHR]\\.?)?"
                    + "\\s*(?<number>[0-9]+|元|[〇零一二三四五六七八九十百]+)\\s*"
                    + "(?<suffix>年度|學年度|学年度|年)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]+");
    private static final String EXAMPLES = "e.g. 2022, 2022年度, 民國111年, 111學年度, 令和4年 or R4年度";
    private static final String OUT_OF_RANGE =
            "is outside the supported years " + TypedYear.MIN_YEAR + "–" + TypedYear.MAX_YEAR;

    private YearParser() {
    }

    public static TypedYear parse(String input) {
        if (input == null || input.isBlank()) {
            throw new CalendarParseException(input, "a year is required, " + EXAMPLES);
        }
        String text = input.strip();
        Matcher matcher = YEAR.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        if (!matcher.matches()) {
            throw new CalendarParseException(input, "'" + text + "' is not a year, " + EXAMPLES);
        }
        Reading reading = new Reading(input, text, matcher.group("prefix"), matcher.group("number"),
                matcher.group("suffix"));
        return reading.typedYear();
    }

    /** One matched input, taken apart. */
    private record Reading(String input, String text, String prefix, String number, String suffix) {

        TypedYear typedYear() {
            String system = prefix == null ? "" : prefix.toUpperCase().replace(".", "");
            return switch (system) {
                case "FY" -> gregorian(withoutSuffix(YearKind.JP_FISCAL));
                case "AY" -> gregorian(withoutSuffix(YearKind.TW_ACADEMIC));
                case "", "西元", "西暦", "西曆", "西历", "公元" ->
                        isBareAcademicYear() ? roc() : gregorian(kindFromSuffix());
                case "中華民國", "中华民国", "民國", "民国", "ROC" -> roc();
                default -> japaneseEra(JapaneseEra.byKanji(system)
                        .orElseGet(() -> JapaneseEra.byInitial(system.charAt(0)).orElseThrow()));
            };
        }

        private TypedYear gregorian(YearKind kind) {
            if (isFirstYearMark()) {
                throw failure("needs an era or 民國: write 令和元年 or 民國元年");
            }
            return inRange(value(), kind);
        }

        private TypedYear roc() {
            YearKind kind = kindFromSuffix();
            if (kind == YearKind.JP_FISCAL) {
                throw failure("is ambiguous: 年度 after a ROC year may mean Taiwan's government fiscal year (the"
                        + " calendar year); write 民國111年 for a calendar year or 111學年度 for an academic year");
            }
            long rocYear = value();
            if (rocYear == 0) {
                throw failure("does not exist: ROC years start at 民國元年 (1912)");
            }
            long year = RocYears.toGregorian(rocYear);
            if (!TypedYear.isSupported(year) && isBareAcademicYear()) {
                throw failure(OUT_OF_RANGE + ": a bare number before 學年度 is a ROC year, as in 111學年度 (2022)");
            }
            return inRange(year, kind);
        }

        private TypedYear japaneseEra(JapaneseEra era) {
            YearKind kind = kindFromSuffix();
            if (kind == YearKind.TW_ACADEMIC) {
                throw failure("mixes systems: 學年度 is Taiwan's academic year, which Japanese eras do not count;"
                        + " write " + era.kanji() + number + "年度 for a Japanese fiscal or school year");
            }
            long yearOfEra = value();
            if (yearOfEra == 0) {
                throw failure("does not exist: " + era.kanji() + " starts at " + era.kanji()
                        + "元年 (" + era.firstDay().getYear() + ")");
            }
            long year = era.firstDay().getYear() + yearOfEra - 1;
            Optional<LocalDate> lastDay = era.lastDay();
            if (lastDay.isPresent() && year > lastDay.get().getYear()) {
                throw failure("does not exist: " + era.kanji() + " ended on " + lastDay.get() + ", in "
                        + era.kanji() + era.yearOfEra(lastDay.get().getYear()) + "年 (" + lastDay.get().getYear() + ")");
            }
            TypedYear typed = inRange(year, kind);
            if (!era.inForceBetween(typed.startDate(), typed.endDate())) {
                // only a fiscal year can begin after the last day of an era that ended in the same year
                throw failure("does not exist: " + era.kanji() + " ended on " + lastDay.orElseThrow()
                        + ", before fiscal year " + year + " began on " + typed.startDate());
            }
            return typed;
        }

        /** Taiwan numbers academic years in ROC years, so 111學年度 needs no 民國. */
        private boolean isBareAcademicYear() {
            return prefix == null && kindFromSuffix() == YearKind.TW_ACADEMIC;
        }

        private YearKind kindFromSuffix() {
            if (suffix == null || suffix.equals("年")) {
                return YearKind.CALENDAR;
            }
            return suffix.equals("年度") ? YearKind.JP_FISCAL : YearKind.TW_ACADEMIC;
        }

        private YearKind withoutSuffix(YearKind kind) {
            if (suffix != null) {
                throw failure("has a suffix, but FY and AY years take none:"
                        + " write FY2022 or 2022年度, AY2022 or 111學年度");
            }
            return kind;
        }

        private TypedYear inRange(long year, YearKind kind) {
            if (!TypedYear.isSupported(year)) {
                throw failure(OUT_OF_RANGE);
            }
            return new TypedYear((int) year, kind);
        }

        /** 元, as in 令和元年, is the first year. */
        private boolean isFirstYearMark() {
            return number.equals("元");
        }

        /** The number as written; absurdly long numbers count as too large rather than overflowing. */
        private long value() {
            if (isFirstYearMark()) {
                return 1;
            }
            String digits = ASCII_DIGITS.matcher(number).matches() ? number
                    : KanjiNumerals.toAsciiDigits(number)
                            .orElseThrow(() -> failure("is not a year: " + number + " is not a number"));
            BigInteger value = new BigInteger(digits);
            return value.bitLength() < 32 ? value.longValue() : Integer.MAX_VALUE;
        }

        /** A message that starts with what the user wrote. */
        private CalendarParseException failure(String whatIsWrong) {
            return new CalendarParseException(input, "'" + text + "' " + whatIsWrong);
        }
    }
}
