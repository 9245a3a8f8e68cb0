package io.revitalization.comparison.domain.analysis;

/** An interval at a confidence level, e.g. 0.95. */
public record ConfidenceInterval(double level, double lower, double upper) {

    public ConfidenceInterval {
        Require.probability(level, "confidence level");
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("interval bounds out of order: [" + lower + ", " + upper + "]");
        }
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
