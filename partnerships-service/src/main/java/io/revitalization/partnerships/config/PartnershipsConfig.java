package io.revitalization.partnerships.config;

import io.revitalization.support.changes.ChangePollSettings;
import io.revitalization.support.changes.ChangeStreamLimits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "partnerships")
public interface PartnershipsConfig {

    Seed seed();

    PhaseSuggestion phaseSuggestion();

    ChangePollSettings changes();

    ChangeStreamLimits changeStreams();

    interface Seed {
        /** Load the partnerships of the source text once the institutions they name are known. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("seed/partnerships.json")
        String resource();
    }

    /** Thresholds of the phase suggestion (see docs/partnerships-service.md). */
    interface PhaseSuggestion {
        /** Fewer activities than this are too little evidence for a suggestion. */
        @WithDefault("3")
        int minActivities();

        /** A one-way direction carrying at least this share of the activity reads as benchmarking. */
        @WithDefault("0.6")
        double oneWayShare();

        /** Mutual outcomes (joint outputs) needed, with balanced flow, to read as co-creation. */
        @WithDefault("1")
        int minJointOutputs();
    }
}
