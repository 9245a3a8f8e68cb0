package io.revitalization.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the gateway can be told; the defaults and their reasons are in application.properties. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Base URL of each service by name ({@code cases}, {@code comparison}, {@code partnerships}). */
    Map<String, URI> routes();

    /** What each service (named as in {@link #routes()}) serves and how long the gateway waits for it. */
    Map<String, Service> services();

    /** An admin key created at the first start when no active admin key exists. */
    Optional<String> bootstrapAdminKey();

    Keys keys();

    Tokens tokens();

    RateLimit rateLimit();

    BodyLimit bodyLimit();

    CircuitBreaker circuitBreaker();

    Client client();

    /** Headers set on every response (they replace what a service sent). */
    Map<String, String> securityHeaders();

    /** The Content-Security-Policy of {@code /api/} responses (JSON only; Swagger UI under /q needs scripts). */
    String apiContentSecurityPolicy();

    ResponseCache responseCache();

    ChangeStreams changeStreams();

    Metrics metrics();

    interface Metrics {
        /** Per-request metrics (gateway_requests_seconds, gateway_rate_limited_total); off only to measure their cost. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Service {
        /** Path prefixes the service owns; {@code /api/v1/cases} matches itself and everything below it. */
        List<String> paths();

        /** How long the service may stay silent, before its answer starts or within it (then 504). */
        @WithDefault("10s")
        Duration timeout();

        /**
         * Other timeouts for path prefixes of the service (an import answered when it is stored); the longest prefix
         * that covers a path wins, as {@link #paths()} cover paths.
         */
        Map<String, Duration> pathTimeouts();

        /**
         * Present for a service with a change stream: the gateway follows it and serves it to its clients, and may
         * keep the service's answers and answer them itself while they are current.
         */
        Optional<Caching> cache();
    }

    interface Caching {
        /**
         * The service's Server-Sent Events stream that announces every change of its data; the gateway serves it at
         * the same path, and an answer is kept only while this stream is open and has announced no change since the
         * answer was fetched.
         */
        String changeStream();

        /**
         * Path prefixes whose GET answers are kept (when the service sends a strong ETag and a {@code Cache-Control}
         * that allows it with them); none: the gateway keeps no answer of the service and only serves its stream.
         */
        Optional<List<String>> paths();
    }

    interface ResponseCache {
        /** Off: every request goes to its service (environment: {@code GATEWAY_RESPONSE_CACHE_ENABLED=false}). */
        @WithDefault("true")
        boolean enabled();

        /** Memory for the kept answers of all services together (their bodies and headers). */
        @WithDefault("16M")
        MemorySize maxSize();

        /** A larger answer is passed on and not kept. */
        @WithDefault("512K")
        MemorySize maxEntrySize();

        /** A change stream silent this long (it sends a comment every 5 s) counts as lost and is opened again. */
        @WithDefault("15s")
        Duration streamSilence();

        /** The longest wait before a lost change stream is opened again (the first retry is after 250 ms). */
        @WithDefault("5s")
        Duration maxReconnectDelay();
    }

    /**
     * The change streams the gateway serves itself ({@code gateway.services.<name>.cache.change-stream}): it follows
     * the service's one stream and fans it out to its clients, within these caps.
     */
    interface ChangeStreams {
        /** Open streams of one caller: one API key, or one client address for anonymous callers. */
        @WithDefault("8")
        int perCaller();

        /** Open streams from one client address, whoever the callers are. */
        @WithDefault("16")
        int perAddress();

        /** Open streams of this gateway instance altogether. */
        @WithDefault("2000")
        int total();

        /** A stream is ended after at most this long (a little earlier for some, so they do not all end at once). */
        @WithDefault("15m")
        Duration maxAge();

        /** How often an open stream gets a comment, so that it is not taken for dead (the service's own interval). */
        @WithDefault("5s")
        Duration keepAlive();

        /** The {@code retry:} an opened stream is given: how long EventSource waits before it connects again. */
        @WithDefault("3s")
        Duration reconnectAfter();

        /** The {@code Retry-After} of a stream refused because a cap is reached. */
        @WithDefault("30s")
        Duration refusedRetryAfter();
    }

    interface Keys {
        /** How often the in-memory copy of the active key hashes is reloaded (keys issued elsewhere). */
        @WithDefault("5s")
        Duration refreshInterval();
    }

    interface Tokens {
        @WithDefault("120s")
        Duration lifetime();

        /** A cached token is replaced once less than this is left of its lifetime. */
        @WithDefault("30s")
        Duration renewBefore();
    }

    interface RateLimit {
        /** Requests per second of a key that does not name its own rate. */
        @WithDefault("50")
        int perKeyRequestsPerSecond();

        /** How many requests a key may send at once above its steady rate. */
        @WithDefault("100")
        int perKeyBurst();

        /** Requests per second of one client address without a valid key. */
        @WithDefault("20")
        int perAddressRequestsPerSecond();

        @WithDefault("40")
        int perAddressBurst();
    }

    interface BodyLimit {
        @WithDefault("1M")
        MemorySize defaultSize();

        /** Larger (or smaller) limits for path prefixes; the longest matching prefix wins. */
        Map<String, MemorySize> paths();
    }

    interface CircuitBreaker {
        /** Calls in the rolling window the failure ratio is computed over. */
        @WithDefault("10")
        int requestVolumeThreshold();

        @WithDefault("0.5")
        double failureRatio();

        /** How long an open circuit refuses calls before it lets a trial call through. */
        @WithDefault("5s")
        Duration delay();

        @WithDefault("1")
        int successThreshold();
    }

    interface Client {
        @WithDefault("2s")
        Duration connectTimeout();

        /** Connections kept to each service. */
        @WithDefault("256")
        int maxConnectionsPerService();
    }
}
