package io.revitalization.comparison.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

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

    Changes changes();

    ChangeStreams changeStreams();

    interface Seed {
        /** Load the seed codebook and, once their cases are known, the seed codings. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Changes {
        /**
         * How often an instance with an open change stream reads the shared data version, to announce changes other
         * instances committed: about the longest such a change takes to reach this instance's streams.
         */
        @WithDefault("250ms")
        Duration pollInterval();
    }

    /**
     * Caps on the change streams open at one instance. Behind the gateway there are very few: each gateway instance
     * follows the stream once and fans it out to its own clients (with caps of its own), so the caps are for callers
     * that reach the service directly. A stream holds no worker thread, only a socket and a few bytes per event.
     */
    interface ChangeStreams {
        /**
         * Open streams of one caller: a token's subject (through the gateway, the gateway's own stream is
         * anonymous), or for anonymous callers one client address.
         */
        @WithDefault("8")
        int perCaller();

        /**
         * Open streams from one client address, whoever the callers are: room for the streams of several gateway
         * instances behind one address and a few tools beside them.
         */
        @WithDefault("16")
        int perAddress();

        /** Open streams of this instance altogether: bounds its sockets and what one change costs to announce. */
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
