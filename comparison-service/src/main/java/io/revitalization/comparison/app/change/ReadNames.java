package io.revitalization.comparison.app.change;

import java.util.List;

/** The names of the comparison reads, as the change stream announces them. */
public final class ReadNames {
    public static final String DISTRIBUTIONS = "distributions";
    public static final String DISTANCE = "distance";
    public static final String TREND = "trend";
    public static final String OVERVIEW = "overview";
    public static final String RELIABILITY = "reliability";
    public static final String TRUTH_TABLE = "truth-table";
    public static final String TABLE = "table";
    public static final String THESIS = "thesis";
    public static final String SUMMARY = "summary";

    /** Every read that depends on codings and group memberships. */
    public static final List<String> ALL_READS = List.of(DISTRIBUTIONS, DISTANCE, TREND, OVERVIEW, RELIABILITY,
            TRUTH_TABLE, TABLE, THESIS);

    private ReadNames() {
    }
}
