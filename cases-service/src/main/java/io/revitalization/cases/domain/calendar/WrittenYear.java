package io.revitalization.cases.domain.calendar;

/**
 * A year as a writer gave it ({@code 2022}, {@code "民國111年"}, {@code "令和4年"}), read when the record it is in
 * is checked, so that a bad year is reported with its field like any other invalid value. {@code text} is null
 * when what was written was no number or string.
 */
public record WrittenYear(String text) {
    static final String EXPECTED = "must be a year: a number such as 2022 or a string such as 民國111年, 令和4年 or "
            + "平成27年度";

    /** @throws CalendarParseException with a message for the user when it names no year */
    public TypedYear parse() {
        if (text == null) {
            throw new CalendarParseException(null, EXPECTED);
        }
        return YearParser.parse(text);
    }
}
