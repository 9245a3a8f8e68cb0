package io.revitalization.comparison.config;

import io.revitalization.support.changes.ChangePollSettings;
import io.revitalization.support.changes.ChangeStreamLimits;
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

    /**
     * The codebook (slug or id) of comparison reads that name none: the seed codebook unless configured otherwise,
     * so that adding a codebook never changes or breaks a call without {@code codebook=}.
     */
    @WithDefault("taiwan-japan-revitalization")
    String defaultCodebook();

    Seed seed();

    ChangePollSettings changes();

    ChangeStreamLimits changeStreams();

    interface Seed {
        /** Load the seed codebook and, once their cases are known, the seed codings. */
        @WithDefault("true")
        boolean enabled();
    }

}
