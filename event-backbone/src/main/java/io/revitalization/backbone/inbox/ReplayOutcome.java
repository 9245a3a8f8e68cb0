package io.revitalization.backbone.inbox;

import java.util.Locale;

/** What replaying an event through the inbox did. */
public enum ReplayOutcome {
    /** Applied now, once. */
    APPLIED,
    /** The consumer had applied this event id already: nothing changed. */
    ALREADY_APPLIED,
    /** An event type the consumer does not handle: acknowledged, nothing to apply. */
    IGNORED;

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
