package io.revitalization.gateway.edge.web;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} (version 00). The gateway continues the caller's trace with a span of
 * its own, or starts a trace when the caller sent none (or a malformed one).
 */
public record TraceParent(String traceId, String spanId, String flags) {
    public static final String HEADER = "traceparent";
    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String INVALID_TRACE_ID = "0".repeat(32);
    private static final String INVALID_SPAN_ID = "0".repeat(16);
    private static final String SAMPLED = "01";

    /** The gateway's span in the caller's trace, or in a new trace. */
    public static TraceParent childOf(String header) {
        if (header != null) {
            var match = FORMAT.matcher(header.trim());
            if (match.matches() && !match.group(1).equals(INVALID_TRACE_ID) && !match.group(2).equals(INVALID_SPAN_ID)) {
                return new TraceParent(match.group(1), newSpanId(), match.group(3));
            }
        }
        return new TraceParent(randomHex(16), newSpanId(), SAMPLED);
    }

    public String header() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String newSpanId() {
        return randomHex(8);
    }

    /** Trace ids need to be unique, not secret. */
    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
