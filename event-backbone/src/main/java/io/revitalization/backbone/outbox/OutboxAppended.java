package io.revitalization.backbone.outbox;

/**
 * Fired once in each transaction that writes outbox rows; observed after commit to publish without waiting for
 * the timer.
 */
public record OutboxAppended() {
}
