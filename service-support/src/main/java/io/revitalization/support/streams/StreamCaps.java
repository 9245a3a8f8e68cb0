package io.revitalization.support.streams;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Counts the long-lived streams (Server-Sent Events) open at one server, per caller, per client address and in
 * total, and refuses one more above a cap. A caller is whoever the server knows the request comes from (an API key, a
 * token's subject); anonymous callers count per client address. Streams are opened and closed rarely compared with
 * requests, so one lock over the three counts is cheap and keeps them consistent. Pure Java: the gateway and the
 * services each build one from their own configuration.
 */
public final class StreamCaps {
    /** Streams opened together end spread over the last tenth of their maximum age. */
    private static final int AGE_SPREAD = 10;

    private final String streams;
    private final Limits limits;
    private final Map<String, Integer> byCaller = new HashMap<>();
    private final Map<String, Integer> byAddress = new HashMap<>();
    private int total;

    /**
     * @param streams what the streams are called in a refusal ("change streams")
     * @param limits  the caps
     */
    public StreamCaps(String streams, Limits limits) {
        this.streams = streams;
        this.limits = limits;
    }

    /**
     * Takes a place for one more stream of this caller from this address.
     *
     * @param caller  who calls, or null for an anonymous caller (who counts per address)
     * @param address the client's address
     * @return an admission: either a place (give it back with {@link Admission#release}) or a refusal naming the cap
     */
    public synchronized Admission admit(String caller, String address) {
        boolean anonymous = caller == null;
        String callerKey = anonymous ? "anonymous " + address : "caller " + caller;
        if (total >= limits.total()) {
            return new Admission(null, null, new Refusal(Cap.TOTAL, limits.total(), anonymous, streams));
        }
        if (byAddress.getOrDefault(address, 0) >= limits.perAddress()) {
            return new Admission(null, null, new Refusal(Cap.ADDRESS, limits.perAddress(), anonymous, streams));
        }
        if (byCaller.getOrDefault(callerKey, 0) >= limits.perCaller()) {
            return new Admission(null, null, new Refusal(Cap.CALLER, limits.perCaller(), anonymous, streams));
        }
        total++;
        byAddress.merge(address, 1, Integer::sum);
        byCaller.merge(callerKey, 1, Integer::sum);
        return new Admission(callerKey, address, null);
    }

    private synchronized void release(String callerKey, String address) {
        total--;
        byAddress.computeIfPresent(address, (a, open) -> open > 1 ? open - 1 : null);
        byCaller.computeIfPresent(callerKey, (c, open) -> open > 1 ? open - 1 : null);
    }

    /** Streams open now, for tests and logs. */
    public synchronized int open() {
        return total;
    }

    public Limits limits() {
        return limits;
    }

    /**
     * How long one stream may live: its maximum age, less a random part of up to a tenth of it, so that streams
     * opened together (after a restart, say) do not all end, and connect again, together.
     */
    public static Duration age(Duration maxAge) {
        long max = maxAge.toMillis();
        return Duration.ofMillis(Math.max(1, max - ThreadLocalRandom.current().nextLong(max / AGE_SPREAD + 1)));
    }

    /** The caps: open streams per caller, per client address and in total. */
    public record Limits(int perCaller, int perAddress, int total) {
        public Limits {
            if (perCaller < 1 || perAddress < 1 || total < 1) {
                throw new IllegalArgumentException("stream caps must be at least 1: per caller " + perCaller
                        + ", per address " + perAddress + ", total " + total);
            }
        }
    }

    /** Which cap refused a stream. */
    public enum Cap { CALLER, ADDRESS, TOTAL }

    /** Why a stream was refused: the cap reached, its value, and whether the caller was anonymous. */
    public record Refusal(Cap cap, int limit, boolean anonymous, String streams) {
        /**
         * The reason, for a problem's detail.
         *
         * @param server what the total is of ("this gateway", "this service")
         * @param caller how a known caller is named ("this API key", "your token's subject")
         */
        public String reason(String server, String caller) {
            return switch (cap) {
                case TOTAL -> server + "'s " + limit + " " + streams + " are all open";
                case ADDRESS -> "your address has " + limit + " " + streams + " open";
                case CALLER -> (anonymous ? "anonymous callers at your address have " : caller + " has ") + limit
                        + " " + streams + " open";
            };
        }
    }

    /** A place taken for one stream, or a refusal. A place is given back once, however often it is released. */
    public final class Admission {
        private final String callerKey;
        private final String address;
        private final Refusal refusal;
        private boolean released;

        private Admission(String callerKey, String address, Refusal refusal) {
            this.callerKey = callerKey;
            this.address = address;
            this.refusal = refusal;
        }

        /** Present when the stream was refused (and holds no place). */
        public Optional<Refusal> refusal() {
            return Optional.ofNullable(refusal);
        }

        /** Gives the place back (the stream ended); nothing for a refusal or a place already given back. */
        public void release() {
            synchronized (StreamCaps.this) {
                if (refusal != null || released) {
                    return;
                }
                released = true;
                StreamCaps.this.release(callerKey, address);
            }
        }
    }
}
