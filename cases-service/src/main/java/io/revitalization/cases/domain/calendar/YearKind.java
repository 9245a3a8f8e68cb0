package io.revitalization.cases.domain.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * What a year number counts: a calendar year, Japan's fiscal year (April–March, also the Japanese school
 * year) or Taiwan's academic year (August–July). A typed year is named after the calendar year it starts in.
 */
public enum YearKind {
    CALENDAR(Month.JANUARY),
    JP_FISCAL(Month.APRIL),
    TW_ACADEMIC(Month.AUGUST);

    private final Month firstMonth;

    YearKind(Month firstMonth) {
        this.firstMonth = firstMonth;
    }

    public LocalDate startDate(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    public LocalDate endDate(int year) {
        return startDate(year).plusYears(1).minusDays(1);
    }
}
