package io.revitalization.cases.api;

import io.revitalization.cases.domain.calendar.DisplayYear;
import io.revitalization.cases.domain.calendar.TypedYear;

/** A typed year as responses carry it: its number, and its display in every calendar with what it counts. */
final class Years {
    private Years() {
    }

    static Integer number(TypedYear year) {
        return year == null ? null : year.year();
    }

    static DisplayYear display(TypedYear year) {
        return year == null ? null : DisplayYear.of(year);
    }
}
