package io.revitalization.cases.domain.calendar;

/** Republic of China (民國) year numbers: 民國元年 is 1912. */
final class RocYears {
    static final int FIRST_GREGORIAN_YEAR = 1912;
    private static final int OFFSET = FIRST_GREGORIAN_YEAR - 1;

    private RocYears() {
    }

    static long toGregorian(long rocYear) {
        return rocYear + OFFSET;
    }

    static int fromGregorian(int gregorianYear) {
        return gregorianYear - OFFSET;
    }
}
