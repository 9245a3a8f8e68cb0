package io.revitalization.partnerships.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "partnerships")
public interface PartnershipsConfig {

    Seed seed();

    PhaseSuggestion phaseSuggestion();

    ChangeStreams changeStreams();

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

    /**
     * Caps on the change streams open at one instance. Behind the gateway there are very few (each gateway instance
     * follows the stream once and fans it out), so the caps are for callers that reach the service directly.
     */
    interface ChangeStreams {
        /** Open streams of one caller: a token's subject, or for anonymous callers one client address. */
        @WithDefault("8")
        int perCaller();

        /** Open streams from one client address, whoever the callers are. */
        @WithDefault("16")
        int perAddress();

        /** Open streams of this instance altogether. */
        @WithDefault("256")
        int total();

        /** A stream is ended after at most this long (a little earlier for some, so they do not all end at once). */
        @WithDefault("15m")
        Duration maxAge();

        /** The {@code Retry-After} of a stream refused because a cap is reached. */
        @WithDefault("30s")
        Duration refusedRetryAfter();
    }
}
