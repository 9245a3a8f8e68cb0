package io.revitalization.gateway.edge.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.revitalization.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets per key and per client address, in memory (one gateway instance; with several, each enforces its
 * share). A bucket that has not been used for a while is dropped, so the maps cannot grow without bound.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Duration IDLE_BUCKET_LIFETIME = Duration.ofMinutes(10);
    private static final long MAX_ADDRESSES = 100_000;
    /** A key with its own rate may send two seconds' worth at once. */
    private static final int OWN_RATE_BURST_SECONDS = 2;

    private final GatewayConfig.RateLimit config;
    // The maps' upkeep (recording reads, dropping idle buckets) runs on the calling event loop: handing it to the
    // common pool woke a thread every few requests, which cost more than the upkeep itself.
    private final Cache<UUID, Bucket> byKey = Caffeine.newBuilder().executor(Runnable::run)
            .expireAfterAccess(IDLE_BUCKET_LIFETIME).build();
    private final Cache<String, Bucket> byAddress = Caffeine.newBuilder().executor(Runnable::run)
            .expireAfterAccess(IDLE_BUCKET_LIFETIME).maximumSize(MAX_ADDRESSES).build();

    public RateLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    /**
     * Takes one request from the key's bucket (its own rate, or the configured one when it has none): 0 when
     * allowed, else the seconds to wait.
     */
    public long acquireForKey(UUID key, OptionalInt ownRate) {
        return acquire(byKey.get(key, id -> ownRate.isPresent()
                ? bucket(ownRate.getAsInt(), ownRate.getAsInt() * OWN_RATE_BURST_SECONDS)
                : bucket(config.perKeyRequestsPerSecond(), config.perKeyBurst())));
    }

    /** Takes one request from the address's bucket: 0 when allowed, else the seconds to wait. */
    public long acquireForAddress(String address) {
        return acquire(byAddress.get(address,
                a -> bucket(config.perAddressRequestsPerSecond(), config.perAddressBurst())));
    }

    private static long acquire(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / (double) TimeUnit.SECONDS.toNanos(1)));
    }

    private static Bucket bucket(int perSecond, int burst) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(Math.max(burst, 1)).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
    }
}
