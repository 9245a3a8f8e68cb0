package io.revitalization.support.http;

/**
 * The {@code X-Consistency-Token} header of every service: a write answers it, a later request to another service
 * sends it back to wait until that service has the write's events (event-backbone's {@code ConsistencyFilters}).
 */
public final class ConsistencyTokens {
    public static final String HEADER = "X-Consistency-Token";

    private ConsistencyTokens() {
    }

    /** The end of a refusal of something another service owns, which may not have arrived here yet. */
    public static String mayBeOnItsWay(String what) {
        return "; " + what + " created a moment ago may still be on its way to this service: send the " + HEADER
                + " header its creation answered, and this service waits for it";
    }
}
