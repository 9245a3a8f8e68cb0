package io.revitalization.cases.domain.calendar;

import static io.revitalization.cases.domain.calendar.YearSystem.GREGORIAN;
import static io.revitalization.cases.domain.calendar.YearSystem.JAPANESE_ERA;
import static io.revitalization.cases.domain.calendar.YearSystem.ROC;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearFormatterTest {

    @ParameterizedTest(name = "{0} {1} is {2} / {3} / {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2022 | CALENDAR    | 2022   | 民國111年  | 令和4年
            2022 | JP_FISCAL   | FY2022 | -          | 令和4年度
            2022 | TW_ACADEMIC | AY2022 | 111學年度  | -
            2015 | JP_FISCAL   | FY2015 | -          | 平成27年度
            1989 | CALENDAR    | 1989   | 民國78年   | 平成元年
            1988 | JP_FISCAL   | FY1988 | -          | 昭和63年度
            1989 | JP_FISCAL   | FY1989 | -          | 平成元年度
            2019 | CALENDAR    | 2019   | 民國108年  | 令和元年
            2019 | JP_FISCAL   | FY2019 | -          | 平成31年度
            2020 | JP_FISCAL   | FY2020 | -          | 令和2年度
            1926 | CALENDAR    | 1926   | 民國15年   | 昭和元年
            1926 | JP_FISCAL   | FY1926 | -          | 大正15年度
            1912 | CALENDAR    | 1912   | 民國元年   | 大正元年
            1912 | JP_FISCAL   | FY1912 | -          | 明治45年度
            1912 | TW_ACADEMIC | AY1912 | 1學年度    | -
            1911 | CALENDAR    | 1911   | -          | 明治44年
            1868 | CALENDAR    | 1868   | -          | 明治元年
            """)
    void showsAYearInEverySystemThatHasANotationForIt(int year, YearKind kind, String gregorian, String roc,
            String japaneseEra) {
        TypedYear typed = new TypedYear(year, kind);

        assertThat(YearFormatter.format(typed, GREGORIAN)).contains(gregorian);
        assertThat(YearFormatter.format(typed, ROC)).isEqualTo(Optional.ofNullable(roc));
        assertThat(YearFormatter.format(typed, JAPANESE_ERA)).isEqualTo(Optional.ofNullable(japaneseEra));
        assertThat(DisplayYear.of(typed)).isEqualTo(new DisplayYear(gregorian, roc, japaneseEra, kind));
    }

    @Test
    void readsBackEveryYearItShows() {
        List<String> failures = new ArrayList<>();
        int shown = 0;
        for (int year = 1900; year <= 2100; year++) {
            for (YearKind kind : YearKind.values()) {
                TypedYear typed = new TypedYear(year, kind);
                for (YearSystem system : YearSystem.values()) {
                    Optional<String> text = YearFormatter.format(typed, system);
                    if (text.isPresent()) {
                        shown++;
                        TypedYear read = YearParser.parse(text.get());
                        if (!read.equals(typed)) {
                            failures.add(typed + " shown as " + text.get() + " reads as " + read);
                        }
                    }
                }
            }
        }

        assertThat(failures).isEmpty();
        // Gregorian: 3 kinds × 201 years; ROC: calendar and academic years from 1912; eras: calendar and fiscal.
        assertThat(shown).isEqualTo(3 * 201 + 2 * (2100 - 1912 + 1) + 2 * 201);
    }
}
