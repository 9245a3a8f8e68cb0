package io.revitalization.gateway.app;

/** The order of the gateway's start observers ({@code @Priority}: lower values run first). */
public final class StartupOrder {
    /** The configured bootstrap admin key is stored ({@code GatewaySeedLoader})... */
    public static final int BOOTSTRAP_ADMIN = 10;
    /** ...before the edge loads the active keys into memory, so that they include it. */
    public static final int LOAD_KEYS = 20;

    private StartupOrder() {
    }
}
