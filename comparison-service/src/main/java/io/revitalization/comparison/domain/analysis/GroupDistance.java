package io.revitalization.comparison.domain.analysis;

/**
 * How far apart two groups are on one dimension in one year.
 *
 * @param insufficient          true when either group has fewer cases than the {@link MinimumSample}: the figures
 *                              are shown but support no claim
 * @param jensenShannonDistance between the groups' code distributions; {@code null} when a group has no case
 * @param meanDifference        first group's mean position minus the second's; {@code null} unless the scale is
 *                              ordinal and both groups have cases
 * @param medianDifference      likewise for the medians
 */
public record GroupDistance(int year, Sample first, Sample second, boolean insufficient,
                            Estimate jensenShannonDistance, Estimate meanDifference, Estimate medianDifference) {

    /**
     * One group in that year.
     *
     * @param distribution n, case ids and code shares
     * @param ordinal      mean and median position; {@code null} unless the scale is ordinal and the group has cases
     */
    public record Sample(String label, Distribution distribution, OrdinalSummary ordinal) {
    }
}
