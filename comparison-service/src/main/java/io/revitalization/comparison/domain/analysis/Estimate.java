package io.revitalization.comparison.domain.analysis;

/** A point estimate with its bootstrap confidence interval. */
public record Estimate(double value, ConfidenceInterval interval) {

    public Estimate {
        Require.present(interval, "interval");
    }
}
