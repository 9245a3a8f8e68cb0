package io.revitalization.backbone.outbox;

/** Fired when an outbox row is written; observed after commit to publish without waiting for the timer. */
public record OutboxAppended() {
}
