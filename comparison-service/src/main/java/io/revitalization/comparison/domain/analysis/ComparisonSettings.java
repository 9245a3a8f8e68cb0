package io.revitalization.comparison.domain.analysis;

/** How a group comparison decides sufficiency and computes its intervals. */
public record ComparisonSettings(MinimumSample minimumSample, Bootstrap bootstrap) {

    public ComparisonSettings {
        Require.present(minimumSample, "minimumSample");
        Require.present(bootstrap, "bootstrap");
    }

    public static ComparisonSettings defaults() {
        return new ComparisonSettings(MinimumSample.DEFAULT, Bootstrap.defaults());
    }
}
