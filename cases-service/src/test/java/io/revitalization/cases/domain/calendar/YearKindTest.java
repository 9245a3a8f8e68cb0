package io.revitalization.cases.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YearKindTest {

    @Test
    void aCalendarYearRunsFromJanuaryToDecember() {
        TypedYear year = new TypedYear(2022, YearKind.CALENDAR);

        assertThat(year.startDate()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(year.endDate()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void aJapaneseFiscalYearRunsFromAprilToMarch() {
        TypedYear year = YearParser.parse("平成27年度");

        assertThat(year.startDate()).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(year.endDate()).isEqualTo(LocalDate.of(2016, 3, 31));
    }

    @Test
    void aTaiwaneseAcademicYearRunsFromAugustToJuly() {
        TypedYear year = YearParser.parse("111學年度");

        assertThat(year.startDate()).isEqualTo(LocalDate.of(2022, 8, 1));
        assertThat(year.endDate()).isEqualTo(LocalDate.of(2023, 7, 31));
    }

    @Test
    void aFiscalYearEndingInALeapYearEndsOnMarch31() {
        assertThat(new TypedYear(2023, YearKind.JP_FISCAL).endDate()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void refusesYearsOutsideTheSupportedRange() {
        assertThatThrownBy(() -> new TypedYear(1867, YearKind.CALENDAR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year 1867 is outside the supported range 1868–2200");
        assertThatThrownBy(() -> new TypedYear(2201, YearKind.JP_FISCAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TypedYear(1868, YearKind.CALENDAR).year()).isEqualTo(1868);
        assertThat(new TypedYear(2200, YearKind.TW_ACADEMIC).year()).isEqualTo(2200);
    }
}
