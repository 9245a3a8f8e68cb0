package io.revitalization.comparison.domain.analysis;

/**
 * The fewest cases each group needs in a year for a between-group figure of that year to support a claim.
 *
 * @param casesPerGroup at least 1
 */
public record MinimumSample(int casesPerGroup) {

    /**
     * Five cases per group per year. Below five, a single case moves a share by more than 20 percentage points, and a
     * case bootstrap of n cases has only C(2n−1, n) distinct resamples (35 for n = 4, 10 for n = 3), too few for a
     * percentile interval to mean much; five is also the customary floor for expected cell counts in contingency
     * tables. Figures under the threshold are still computed and returned, flagged {@code insufficient}, so readers
     * see them for what they are.
     */
    public static final int DEFAULT_CASES_PER_GROUP = 5;

    public static final MinimumSample DEFAULT = new MinimumSample(DEFAULT_CASES_PER_GROUP);

    public MinimumSample {
        if (casesPerGroup < 1) {
            throw new IllegalArgumentException("the minimum sample must be at least 1 case, was " + casesPerGroup);
        }
    }

    public boolean isMetBy(int cases) {
        return cases >= casesPerGroup;
    }
}
