package io.revitalization.comparison.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "comparison")
public interface ComparisonConfig {

    /** First year of a comparison when the request names none: the study window is 2021–2025. */
    @WithDefault("2021")
    int defaultFromYear();

    /** Last year of a comparison when the request names none. */
    @WithDefault("2025")
    int defaultToYear();

    Seed seed();

    interface Seed {
        /** Load the seed codebook and, once their cases are known, the seed codings. */
        @WithDefault("true")
        boolean enabled();
    }
}
