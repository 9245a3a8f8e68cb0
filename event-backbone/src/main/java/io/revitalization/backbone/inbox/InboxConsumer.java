package io.revitalization.backbone.inbox;

/**
 * A consumer of this service, by the name it gives {@link EventInbox}: what a replayed dead letter of that consumer
 * is applied with.
 */
public interface InboxConsumer {
    /** The consumer's name in the processed-event log and on its dead letters. */
    String name();

    EventHandlers handlers();
}
