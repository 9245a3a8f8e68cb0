package io.revitalization.gateway.app;

/** The order of the gateway's start observers ({@code @Priority}: lower values run first). */
public final class StartupOrder {
    /** The configured bootstrap admin key is stored first... */
    public static final int BOOTSTRAP_ADMIN = 10;
    /** ...so that the keys loaded into memory include it. */
    public static final int LOAD_KEYS = 20;

    private StartupOrder() {
    }
}
