package io.revitalization.gateway.edge.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** The {@code X-Request-Id} of a request: the caller's when it is a safe token, a new one otherwise. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    /** Safe to write into a log line as it is (no spaces, quotes or line breaks). */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    public static String acceptOrNew(String presented) {
        if (presented != null && SAFE.matcher(presented).matches()) {
            return presented;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // a version 4 UUID, without the cost of the SecureRandom behind UUID.randomUUID()
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
