package io.revitalization.cases.domain.calendar;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Year numbers written in kanji, both digit by digit as in 一一一學年度 or 二〇二二年 and with units as in
 * 平成二十七年度 or 民國一百一十一年 (up to 999).
 */
final class KanjiNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern WITH_UNITS = Pattern.compile(
            "(?:(?<hundreds>[一二三四五六七八九])?(?<hundredMark>百))?零?"
                    + "(?:(?<tens>[一二三四五六七八九])?(?<tenMark>十))?(?<units>[一二三四五六七八九])?");

    private KanjiNumerals() {
    }

    /** The number as ASCII digits, or empty when the text is not a kanji numeral. */
    static Optional<String> toAsciiDigits(String kanji) {
        if (kanji.indexOf('十') < 0 && kanji.indexOf('百') < 0) {
            return digitByDigit(kanji);
        }
        Matcher matcher = WITH_UNITS.matcher(kanji);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int value = unit(matcher, "hundreds", "hundredMark") * 100
                + unit(matcher, "tens", "tenMark") * 10
                + (matcher.group("units") == null ? 0 : digit(matcher.group("units").charAt(0)));
        return Optional.of(Integer.toString(value));
    }

    private static Optional<String> digitByDigit(String kanji) {
        StringBuilder digits = new StringBuilder();
        for (char c : kanji.toCharArray()) {
            int value = c == '零' ? 0 : DIGITS.indexOf(c);
            if (value < 0) {
                return Optional.empty();
            }
            digits.append(value);
        }
        return digits.isEmpty() ? Optional.empty() : Optional.of(digits.toString());
    }

    /** 二十 is 2 tens, a bare 十 one ten, and no 十 at all none. */
    private static int unit(Matcher matcher, String digitGroup, String markGroup) {
        if (matcher.group(markGroup) == null) {
            return 0;
        }
        String digit = matcher.group(digitGroup);
        return digit == null ? 1 : digit(digit.charAt(0));
    }

    private static int digit(char kanji) {
        return DIGITS.indexOf(kanji);
    }
}
