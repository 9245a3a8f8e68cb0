package io.revitalization.support.changes;

import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Caps on the change streams open at one service instance ({@code <service>.change-streams.*}). Behind the gateway
 * there are very few: each gateway instance follows the stream once and fans it out to its own clients (with caps of
 * its own), so the caps are for callers that reach the service directly. A stream holds no worker thread, only a
 * socket and a few bytes per event.
 */
public interface ChangeStreamLimits {
    /**
     * Open streams of one caller: a token's subject (through the gateway, the gateway's own stream is anonymous), or
     * for anonymous callers one client address.
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
