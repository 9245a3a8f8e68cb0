package io.revitalization.comparison.domain.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Whether two groups converge or diverge on a dimension, in level and in direction. Level: the trend of the yearly
 * gap ({@link Trend}). Direction (ordinal dimensions): the difference of the groups' mean within-case changes per
 * year ({@link WithinCaseChange}), with a Welch t interval. "Convergent evolution" in the source's sense is parallel
 * movement: the same direction while the gap in level stays; closing levels are convergence.
 */
public final class Thesis {

    public enum Direction { SAME, DIFFERENT_PACE, OPPOSITE, INCONCLUSIVE, INSUFFICIENT_DATA, NOT_ORDINAL }

    public enum Verdict { CONVERGENCE, DIVERGENCE, PARALLEL, INCONCLUSIVE, INSUFFICIENT_DATA }

    /** @param difference mean per-year change of a minus that of b; null when either is unknown */
    public record DirectionComparison(Direction direction, Double difference, ConfidenceInterval interval) {
    }

    private Thesis() {
    }

    /** How the groups' within-case changes compare. */
    public static DirectionComparison direction(WithinCaseChange.GroupChange a, WithinCaseChange.GroupChange b,
                                                double confidenceLevel) {
        Require.probability(confidenceLevel, "confidenceLevel");
        if (a.insufficient() || b.insufficient() || a.standardError() == null || b.standardError() == null) {
            Double difference = a.meanPerYear() == null || b.meanPerYear() == null ? null
                    : a.meanPerYear() - b.meanPerYear();
            return new DirectionComparison(Direction.INSUFFICIENT_DATA, difference, null);
        }
        double difference = a.meanPerYear() - b.meanPerYear();
        double varianceA = a.standardError() * a.standardError();
        double varianceB = b.standardError() * b.standardError();
        double standardError = Math.sqrt(varianceA + varianceB);
        double halfWidth = 0;
        if (standardError > 0) {
            double degrees = Math.pow(varianceA + varianceB, 2) / (Math.pow(varianceA, 2) / (a.n() - 1)
                    + Math.pow(varianceB, 2) / (b.n() - 1));
            halfWidth = new TDistribution(degrees).inverseCumulativeProbability(1 - (1 - confidenceLevel) / 2)
                    * standardError;
        }
        ConfidenceInterval interval = new ConfidenceInterval(confidenceLevel, difference - halfWidth,
                difference + halfWidth);
        return new DirectionComparison(directionOf(a, b, interval), difference, interval);
    }

    private static Direction directionOf(WithinCaseChange.GroupChange a, WithinCaseChange.GroupChange b,
                                         ConfidenceInterval difference) {
        int signA = sign(a.interval());
        int signB = sign(b.interval());
        if (signA != 0 && signB != 0 && signA != signB) {
            return Direction.OPPOSITE;
        }
        if (difference.lower() > 0 || difference.upper() < 0) {
            return Direction.DIFFERENT_PACE;
        }
        return Math.signum(a.meanPerYear()) == Math.signum(b.meanPerYear()) ? Direction.SAME : Direction.INCONCLUSIVE;
    }

    /** 1 when the whole interval is above 0, -1 below, 0 otherwise. */
    private static int sign(ConfidenceInterval interval) {
        return interval.lower() > 0 ? 1 : interval.upper() < 0 ? -1 : 0;
    }

    /** The verdict on a dimension from its level trend and, for ordinal dimensions, its direction. */
    public static Verdict verdict(Trend.Verdict level, Direction direction) {
        if (level == Trend.Verdict.INSUFFICIENT_DATA || direction == Direction.INSUFFICIENT_DATA) {
            return Verdict.INSUFFICIENT_DATA;
        }
        if (level == Trend.Verdict.CONVERGING) {
            return Verdict.CONVERGENCE;
        }
        if (level == Trend.Verdict.DIVERGING) {
            return Verdict.DIVERGENCE;
        }
        return direction == Direction.SAME ? Verdict.PARALLEL : Verdict.INCONCLUSIVE;
    }
}
