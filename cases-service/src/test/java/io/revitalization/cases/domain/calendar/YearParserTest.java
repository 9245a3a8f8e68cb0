package io.revitalization.cases.domain.calendar;

import static io.revitalization.cases.domain.calendar.YearKind.CALENDAR;
import static io.revitalization.cases.domain.calendar.YearKind.JP_FISCAL;
import static io.revitalization.cases.domain.calendar.YearKind.TW_ACADEMIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class YearParserTest {

    @ParameterizedTest(name = "{0} is {2} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022            | 2022 | CALENDAR
            2022年          | 2022 | CALENDAR
            " 2022 "        | 2022 | CALENDAR
            西元2022年      | 2022 | CALENDAR
            西暦2022年      | 2022 | CALENDAR
            西曆2022年      | 2022 | CALENDAR
            二〇二二年      | 2022 | CALENDAR
            ２０２２年      | 2022 | CALENDAR
            2022年度        | 2022 | JP_FISCAL
            FY2022          | 2022 | JP_FISCAL
            fy 2022         | 2022 | JP_FISCAL
            AY2022          | 2022 | TW_ACADEMIC
            民國111年       | 2022 | CALENDAR
            民国111年       | 2022 | CALENDAR
            中華民國111年   | 2022 | CALENDAR
            中华民国111年   | 2022 | CALENDAR
            民國 111        | 2022 | CALENDAR
            ROC 111         | 2022 | CALENDAR
            R.O.C. 111年    | 2022 | CALENDAR
            roc111          | 2022 | CALENDAR
            民國元年        | 1912 | CALENDAR
            民國一百一十一年 | 2022 | CALENDAR
            民國一〇一年    | 2012 | CALENDAR
            民國一百零一年  | 2012 | CALENDAR
            111學年度       | 2022 | TW_ACADEMIC
            111学年度       | 2022 | TW_ACADEMIC
            一一一學年度    | 2022 | TW_ACADEMIC
            民國111學年度   | 2022 | TW_ACADEMIC
            ROC 111學年度   | 2022 | TW_ACADEMIC
            令和4年         | 2022 | CALENDAR
            令和４年        | 2022 | CALENDAR
            令和四年        | 2022 | CALENDAR
            令和 4 年       | 2022 | CALENDAR
            R4              | 2022 | CALENDAR
            r4年            | 2022 | CALENDAR
            R.4             | 2022 | CALENDAR
            Ｒ４            | 2022 | CALENDAR
            令和4年度       | 2022 | JP_FISCAL
            平成27年度      | 2015 | JP_FISCAL
            平成二十七年度  | 2015 | JP_FISCAL
            H27年度         | 2015 | JP_FISCAL
            ㍻27年度        | 2015 | JP_FISCAL
            令和元年        | 2019 | CALENDAR
            平成31年        | 2019 | CALENDAR
            令和元年度      | 2019 | JP_FISCAL
            平成31年度      | 2019 | JP_FISCAL
            昭和64年        | 1989 | CALENDAR
            平成元年        | 1989 | CALENDAR
            昭和63年度      | 1988 | JP_FISCAL
            平成元年度      | 1989 | JP_FISCAL
            S64             | 1989 | CALENDAR
            大正15年        | 1926 | CALENDAR
            昭和元年        | 1926 | CALENDAR
            T元年           | 1912 | CALENDAR
            明治45年        | 1912 | CALENDAR
            M45年度         | 1912 | JP_FISCAL
            明治元年        | 1868 | CALENDAR
            明治十年        | 1877 | CALENDAR
            """)
    void readsYearsAsPeopleWriteThem(String input, int year, YearKind kind) {
        assertThat(YearParser.parse(input)).isEqualTo(new TypedYear(year, kind));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            平成32年     | '平成32年' does not exist: 平成 ended on 2019-04-30, in 平成31年 (2019)
            平成32年度   | '平成32年度' does not exist: 平成 ended on 2019-04-30, in 平成31年 (2019)
            H32          | 'H32' does not exist: 平成 ended on 2019-04-30, in 平成31年 (2019)
            昭和65年     | '昭和65年' does not exist: 昭和 ended on 1989-01-07, in 昭和64年 (1989)
            昭和64年度   | '昭和64年度' does not exist: 昭和 ended on 1989-01-07, before fiscal year 1989 began on 1989-04-01
            大正16年     | '大正16年' does not exist: 大正 ended on 1926-12-24, in 大正15年 (1926)
            明治46年     | '明治46年' does not exist: 明治 ended on 1912-07-29, in 明治45年 (1912)
            平成99999年  | '平成99999年' does not exist: 平成 ended on 2019-04-30, in 平成31年 (2019)
            令和0年      | '令和0年' does not exist: 令和 starts at 令和元年 (2019)
            令和〇年     | '令和〇年' does not exist: 令和 starts at 令和元年 (2019)
            R0           | 'R0' does not exist: 令和 starts at 令和元年 (2019)
            令和183年    | '令和183年' is outside the supported years 1868–2200
            民國0年      | '民國0年' does not exist: ROC years start at 民國元年 (1912)
            0學年度      | '0學年度' does not exist: ROC years start at 民國元年 (1912)
            99999        | '99999' is outside the supported years 1868–2200
            1867         | '1867' is outside the supported years 1868–2200
            2201年度     | '2201年度' is outside the supported years 1868–2200
            99999999999999999999 | '99999999999999999999' is outside the supported years 1868–2200
            民國290年    | '民國290年' is outside the supported years 1868–2200
            2022學年度    | '2022學年度' is outside the supported years 1868–2200: a bare number before 學年度 is a ROC year, as in 111學年度 (2022)
            民國111年度  | '民國111年度' is ambiguous: 年度 after a ROC year may mean Taiwan's government fiscal year (the calendar year); write 民國111年 for a calendar year or 111學年度 for an academic year
            令和4學年度  | '令和4學年度' mixes systems: 學年度 is Taiwan's academic year, which Japanese eras do not count; write 令和4年度 for a Japanese fiscal or school year
            FY2022年度   | 'FY2022年度' has a suffix, but FY and AY years take none: write FY2022 or 2022年度, AY2022 or 111學年度
            元年         | '元年' needs an era or 民國: write 令和元年 or 民國元年
            令和十十年   | '令和十十年' is not a year: 十十 is not a number
            abc          | 'abc' is not a year, e.g. 2022, 2022年度, 民國111年, 111學年度, 令和4年 or R4年度
            令和         | '令和' is not a year, e.g. 2022, 2022年度, 民國111年, 111學年度, 令和4年 or R4年度
            2022年年     | '2022年年' is not a year, e.g. 2022, 2022年度, 民國111年, 111學年度, 令和4年 or R4年度
            令和4.5年    | '令和4.5年' is not a year, e.g. 2022, 2022年度, 民國111年, 111學年度, 令和4年 or R4年度
            -2022        | '-2022' is not a year, e.g. 2022, 2022年度, 民國111年, 111學年度, 令和4年 or R4年度
            20 22        | '20 22' is not a year, e.g. 2022, 2022年度, 民國111年, 111學年度, 令和4年 or R4年度
            X4           | 'X4' is not a year, e.g. 2022, 2022年度, 民國111年, 111學年度, 令和4年 or R4年度
            """)
    void explainsWhatIsWrongWithAnImpossibleYear(String input, String message) {
        assertThatThrownBy(() -> YearParser.parse(input))
                .isInstanceOf(CalendarParseException.class)
                .hasMessage(message)
                .extracting(e -> ((CalendarParseException) e).input()).isEqualTo(input);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void asksForAYearWhenThereIsNone(String input) {
        assertThatThrownBy(() -> YearParser.parse(input))
                .isInstanceOf(CalendarParseException.class)
                .hasMessage("a year is required, e.g. 2022, 2022年度, 民國111年, 111學年度, 令和4年 or R4年度");
    }
}
